package io.quire.bench;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Checks on the results of ReQL writes and reads, the same for both drivers. */
final class WriteResults {

	private WriteResults() {
	}

	/** Fail unless the write summary reports no errors. */
	static void requireNoErrors(@Nullable Map<?, ?> summary) {
		if (summary == null) {
			throw new IllegalStateException("write returned no summary");
		}
		Object errors = summary.get("errors");
		if (errors instanceof Number number && number.longValue() != 0) {
			throw new IllegalStateException("write failed: " + summary.get("first_error"));
		}
	}

	/** The document, or a failure naming the missing key. */
	static <T> T requireFound(@Nullable T document, String key) {
		if (document == null) {
			throw new IllegalStateException("no document " + key);
		}
		return document;
	}

}
