package io.quire.engine.net;

import java.util.List;
import java.util.Map;

import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Names a START query for metrics by its top-level term: {@code TABLE}, {@code INSERT},
 * ... and {@code MAKE_OBJ} or {@code DATUM} for literal values.
 */
final class QueryKinds {

	private QueryKinds() {
	}

	static String of(@Nullable Object term) {
		if (term instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Number number) {
			try {
				return TermType.of(number.intValue()).name();
			}
			catch (IllegalArgumentException ex) {
				return "UNKNOWN";
			}
		}
		return (term instanceof Map) ? TermType.MAKE_OBJ.name() : TermType.DATUM.name();
	}

}
