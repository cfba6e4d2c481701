package io.quire.engine.catalog;

/**
 * Progress of a secondary index: ready once built over every existing row.
 *
 * @param definition the index
 * @param ready whether queries may use it
 * @param progress fraction of existing rows indexed, 1.0 when ready
 */
public record IndexStatus(IndexDefinition definition, boolean ready, double progress) {
}
