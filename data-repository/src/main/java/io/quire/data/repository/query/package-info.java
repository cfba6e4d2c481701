/**
 * Repository queries: derivation from method names, declared ReQL queries and their
 * execution.
 */
@NullMarked
package io.quire.data.repository.query;

import org.jspecify.annotations.NullMarked;
