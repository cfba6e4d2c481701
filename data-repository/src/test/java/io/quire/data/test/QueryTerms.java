package io.quire.data.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.protocol.TermType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON of a recorded query: which terms it holds and their optional arguments.
 */
public final class QueryTerms {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Object json;

	private QueryTerms(Object json) {
		this.json = json;
	}

	/** The terms of a query's JSON, as a {@link RecordingConnectionFactory} keeps it. */
	public static QueryTerms of(String queryJson) {
		return new QueryTerms(JSON.readValue(queryJson, Object.class));
	}

	/** The types of every term in the query. */
	public List<TermType> types() {
		List<TermType> types = new ArrayList<>();
		collect(this.json, types);
		return types;
	}

	/** The optional arguments of the first term of the type, or {@code null}. */
	public Map<String, Object> optArgs(TermType type) {
		return optArgs(this.json, type);
	}

	private static void collect(Object json, List<TermType> types) {
		if (json instanceof List<?> list) {
			if (isTerm(list)) {
				types.add(TermType.of((Integer) list.get(0)));
			}
			list.forEach((element) -> collect(element, types));
		}
		else if (json instanceof Map<?, ?> map) {
			map.values().forEach((value) -> collect(value, types));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> optArgs(Object json, TermType type) {
		if (json instanceof List<?> list) {
			if (isTerm(list) && (Integer) list.get(0) == type.value()) {
				return (list.size() > 2) ? (Map<String, Object>) list.get(2) : Map.of();
			}
			for (Object element : list) {
				Map<String, Object> found = optArgs(element, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static boolean isTerm(List<?> list) {
		return list.size() >= 2 && list.size() <= 3 && list.get(0) instanceof Integer && list.get(1) instanceof List;
	}

}
