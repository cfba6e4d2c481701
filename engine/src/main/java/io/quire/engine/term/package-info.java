/**
 * ReQL terms: the compiler from term JSON to a tree of nodes, and one class per family of
 * terms.
 */
@NullMarked
package io.quire.engine.term;

import org.jspecify.annotations.NullMarked;
