/**
 * JMH microbenchmarks of the driver: pool acquire and release against HikariCP, and query
 * encoding and decoding.
 */
@NullMarked
package io.quire.bench.jmh;

import org.jspecify.annotations.NullMarked;
