package io.quire.engine.term;

import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a query result that still holds {@code r.literal}: it only means something in
 * the object given to {@code merge} or {@code update}, which consume it.
 */
public final class StrayLiterals {

	private static final String MESSAGE = "Stray literal keyword found: literal is only legal inside of "
			+ "the object passed to merge or update and cannot nest inside other literals.";

	private StrayLiterals() {
	}

	/** The datum, unless it holds {@code r.literal} anywhere. */
	public static @Nullable Object check(@Nullable Object datum) {
		if (contains(datum)) {
			throw QueryException.queryLogic(MESSAGE);
		}
		return datum;
	}

	private static boolean contains(@Nullable Object datum) {
		if (datum instanceof Map<?, ?> map) {
			if (Datums.isPseudo(map, "LITERAL")) {
				return true;
			}
			return map.values().stream().anyMatch(StrayLiterals::contains);
		}
		if (datum instanceof List<?> list) {
			return list.stream().anyMatch(StrayLiterals::contains);
		}
		return false;
	}

}
