/**
 * Databases, tables and secondary indexes over the storage SPI: the contracts the query
 * layer uses and their default implementation.
 */
@NullMarked
package io.quire.engine.catalog;

import org.jspecify.annotations.NullMarked;
