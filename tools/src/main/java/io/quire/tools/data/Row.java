package io.quire.tools.data;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A document read from a file, with the line it starts on (for error messages).
 *
 * @param line the 1-based line number in the file
 * @param document the document as plain JSON values (pseudo-types left as objects)
 */
public record Row(long line, Map<String, @Nullable Object> document) {
}
