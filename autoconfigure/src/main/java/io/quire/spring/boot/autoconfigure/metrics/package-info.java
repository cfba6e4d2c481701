/**
 * Micrometer meters for Quire connection pools.
 */
@NullMarked
package io.quire.spring.boot.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
