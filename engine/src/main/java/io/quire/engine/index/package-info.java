/**
 * Order-preserving encoding of datums into storage keys, for primary and secondary
 * indexes.
 */
@NullMarked
package io.quire.engine.index;

import org.jspecify.annotations.NullMarked;
