package io.quire.engine.http;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A successful response as datums.
 *
 * @param header the header (lower-case names, {@code link} parsed)
 * @param body the body in the requested result format; {@code null} for HEAD
 */
public record HttpResult(Map<String, Object> header, @Nullable Object body) {
}
