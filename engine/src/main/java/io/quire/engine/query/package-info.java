/**
 * Running ReQL queries: the {@code QueryRunner} contract, its implementation, results and
 * batched cursors.
 */
@NullMarked
package io.quire.engine.query;

import org.jspecify.annotations.NullMarked;
