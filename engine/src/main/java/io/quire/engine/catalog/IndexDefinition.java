package io.quire.engine.catalog;

/**
 * A secondary index as stored in the catalog.
 *
 * @param name the index name
 * @param function the index function as the client sent it: the JSON term of a
 * one-argument FUNC (plain Java values as parsed), kept so the index can be rebuilt on
 * restart and shown by {@code index_status}
 * @param multi whether each element of an array result is a separate key
 * @param geo whether this is a geospatial index
 */
public record IndexDefinition(String name, Object function, boolean multi, boolean geo) {
}
