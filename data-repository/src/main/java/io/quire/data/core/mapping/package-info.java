/**
 * Mapping metadata for Quire documents: annotations, the mapping context, persistent
 * entities and properties.
 */
@NullMarked
package io.quire.data.core.mapping;

import org.jspecify.annotations.NullMarked;
