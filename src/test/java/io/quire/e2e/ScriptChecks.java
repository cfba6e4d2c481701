package io.quire.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a checking script printed: one JSON line per check, either {@code {"check": name,
 * "value": ...}} or {@code {"check": name, "error": {"name": ..., "msg": ...}}}. Values
 * are plain Java: maps, lists, strings, numbers, booleans and null.
 */
final class ScriptChecks {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> LINE = new TypeReference<>() {
	};

	private final Map<String, Map<String, Object>> lines;

	private final String output;

	private ScriptChecks(Map<String, Map<String, Object>> lines, String output) {
		this.lines = lines;
		this.output = output;
	}

	static ScriptChecks parse(String stdout, String output) {
		Map<String, Map<String, Object>> lines = new LinkedHashMap<>();
		stdout.lines()
			.filter((line) -> line.startsWith("{"))
			.map((line) -> json.readValue(line, LINE))
			.forEach((line) -> lines.put(String.valueOf(line.get("check")), line));
		return new ScriptChecks(lines, output);
	}

	/** The value a check printed; fails when the check failed or did not run. */
	Object value(String check) {
		Map<String, Object> line = line(check);
		if (line.containsKey("error")) {
			throw new AssertionError("Check " + check + " failed with " + line.get("error") + "\n" + this.output);
		}
		return line.get("value");
	}

	/** The JSON object a check printed. */
	@SuppressWarnings("unchecked")
	Map<String, Object> object(String check) {
		return (Map<String, Object>) value(check);
	}

	/** The JSON array a check printed. */
	@SuppressWarnings("unchecked")
	List<Object> array(String check) {
		return (List<Object>) value(check);
	}

	/**
	 * The driver error a check printed; fails when the check succeeded or did not run.
	 */
	Object error(String check) {
		Map<String, Object> line = line(check);
		if (!line.containsKey("error")) {
			throw new AssertionError("Check " + check + " should have failed, returned " + line.get("value"));
		}
		return line.get("error");
	}

	private Map<String, Object> line(String check) {
		Map<String, Object> line = this.lines.get(check);
		if (line == null) {
			throw new AssertionError("Check " + check + " did not run:\n" + this.output);
		}
		return line;
	}

}
