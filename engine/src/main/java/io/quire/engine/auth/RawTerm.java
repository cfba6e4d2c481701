package io.quire.engine.auth;

import java.util.List;
import java.util.Map;

import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * A query term as it came off the wire ({@code [type, [args], {optargs}]}), read just
 * enough to find the tables and databases it names before it is compiled.
 */
record RawTerm(TermType type, List<?> args, Map<?, ?> optargs) {

	/** The term, or {@code null} for a datum (a string, number, object...). */
	static @Nullable RawTerm of(@Nullable Object json) {
		if (!(json instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof Number number)) {
			return null;
		}
		TermType type;
		try {
			type = TermType.of(number.intValue());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		List<?> args = (list.size() > 1 && list.get(1) instanceof List<?> given) ? given : List.of();
		Map<?, ?> optargs = (list.size() > 2 && list.get(2) instanceof Map<?, ?> given) ? given : Map.of();
		return new RawTerm(type, args, optargs);
	}

	@Nullable Object arg(int index) {
		return (index < this.args.size()) ? this.args.get(index) : null;
	}

	/** The name a {@code r.db('x')} term gives as a constant, else {@code null}. */
	static @Nullable String databaseName(@Nullable Object json) {
		RawTerm term = of(json);
		return (term != null && term.type == TermType.DB && term.arg(0) instanceof String name) ? name : null;
	}

	/** Whether the JSON is a {@code r.db(...)} term, constant or not. */
	static boolean isDatabase(@Nullable Object json) {
		RawTerm term = of(json);
		return term != null && term.type == TermType.DB;
	}

}
