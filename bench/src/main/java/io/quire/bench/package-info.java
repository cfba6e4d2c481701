/**
 * Side-by-side benchmarks of Quire against the official driver, PostgreSQL JSONB and the
 * raw limits of its parts.
 */
@NullMarked
package io.quire.bench;

import org.jspecify.annotations.NullMarked;
