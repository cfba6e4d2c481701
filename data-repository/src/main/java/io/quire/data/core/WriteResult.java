package io.quire.data.core;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The summary the server returns for a write: how many documents were inserted, replaced,
 * left unchanged, deleted or skipped, the first error, the generated primary keys and,
 * when asked for, the changes.
 *
 * @param inserted documents inserted
 * @param replaced documents replaced or updated
 * @param unchanged documents that were written with no change
 * @param deleted documents deleted
 * @param skipped rows that were absent and stayed so
 * @param errors failed rows
 * @param firstError the message of the first failure, or {@code null}
 * @param generatedKeys the primary keys the server generated, in the order of the
 * documents
 * @param changes the {@code old_val}/{@code new_val} pairs, when {@code return_changes}
 * was asked for
 */
public record WriteResult(long inserted, long replaced, long unchanged, long deleted, long skipped, long errors,
		@Nullable String firstError, List<Object> generatedKeys, List<Map<String, Object>> changes) {

	/** Reads the server's write summary. */
	@SuppressWarnings("unchecked")
	static WriteResult of(@Nullable Object result) {
		Map<String, Object> summary = (result instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
		Object firstError = summary.get("first_error");
		return new WriteResult(count(summary, "inserted"), count(summary, "replaced"), count(summary, "unchanged"),
				count(summary, "deleted"), count(summary, "skipped"), count(summary, "errors"),
				(firstError != null) ? firstError.toString() : null, list(summary.get("generated_keys")),
				(List<Map<String, Object>>) (List<?>) list(summary.get("changes")));
	}

	public boolean hasErrors() {
		return this.errors > 0;
	}

	private static long count(Map<String, Object> summary, String name) {
		return (summary.get(name) instanceof Number number) ? number.longValue() : 0;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(@Nullable Object value) {
		return (value instanceof List<?> list) ? (List<Object>) list : List.of();
	}

}
