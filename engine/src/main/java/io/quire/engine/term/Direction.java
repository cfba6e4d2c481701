package io.quire.engine.term;

import org.jspecify.annotations.Nullable;

/**
 * {@code r.asc(x)} or {@code r.desc(x)} inside {@code orderBy}.
 *
 * @param key a field name, a function, or an index name when used with the {@code index}
 * optarg
 * @param descending whether the order is reversed
 */
public record Direction(@Nullable Object key, boolean descending) {
}
