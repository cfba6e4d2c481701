/**
 * Datum utilities: ReQL type names, ordering and equality, number normalisation, printing
 * and times.
 */
@NullMarked
package io.quire.engine.datum;

import org.jspecify.annotations.NullMarked;
