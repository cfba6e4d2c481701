/**
 * Conversion between entities and the documents stored in Quire tables.
 */
@NullMarked
package io.quire.data.core.convert;

import org.jspecify.annotations.NullMarked;
