package io.quire.engine.term;

import java.util.Map;

import io.quire.engine.catalog.Table;
import org.jspecify.annotations.Nullable;

/**
 * One document selected by primary key ({@code get}): a datum that can also be written.
 */
public record SingleRow(Table table, Object key, @Nullable Map<String, Object> document) {
}
