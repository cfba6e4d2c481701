package io.quire.engine.datum;

import java.util.Map;
import java.util.TreeMap;

import io.quire.engine.QueryException;
import io.quire.engine.geo.GeoJson;
import org.jspecify.annotations.Nullable;

/**
 * Checks an object tagged with {@code $reql_type$} as RethinkDB does when a query builds
 * one, and gives its canonical form: a TIME needs a number {@code epoch_time} (kept to
 * the millisecond) and a valid {@code timezone}, a BINARY valid base64 {@code data}
 * (re-encoded), a GEOMETRY a valid GeoJSON Point, LineString or Polygon; any other
 * pseudo-type name is unknown. So no malformed pseudo-type reaches a table or a client.
 */
public final class PseudoTypeInput {

	private static final int PRINT_LIMIT = 300;

	private PseudoTypeInput() {
	}

	/** The object as it is, or its pseudo-type checked and made canonical. */
	public static Map<String, Object> check(Map<String, Object> object) {
		if (!object.containsKey(Datums.REQL_TYPE)) {
			return object;
		}
		Map<String, Object> sorted = (object instanceof TreeMap) ? object : new TreeMap<>(object);
		Object reqlType = sorted.get(Datums.REQL_TYPE);
		if (!(reqlType instanceof String name)) {
			throw QueryException.queryLogic("Error: Field `" + Datums.REQL_TYPE + "` must be a string (got `"
					+ truncated(reqlType) + "` of type " + Datums.typeName(reqlType) + "):\n" + truncated(sorted));
		}
		return switch (name) {
			case "TIME" -> time(sorted);
			case "BINARY" -> binary(sorted);
			case "GEOMETRY" -> geometry(sorted);
			// r.literal's marker; merge and update check where it may stand.
			case "LITERAL" -> sorted;
			default -> throw QueryException.queryLogic("Unknown $reql_type$ `PTYPE<" + name + ">`.");
		};
	}

	private static Map<String, Object> time(Map<String, Object> time) {
		Map<String, Object> result = new TreeMap<>(time);
		String problem = null;
		for (Map.Entry<String, Object> field : time.entrySet()) {
			problem = switch (field.getKey()) {
				case Datums.REQL_TYPE -> null;
				case "epoch_time" -> epochTime(field.getValue(), result);
				case "timezone" -> timezone(field.getValue(), result);
				default -> "unrecognized field `" + field.getKey() + "`";
			};
			if (problem != null) {
				break;
			}
		}
		if (problem == null) {
			problem = !time.containsKey("epoch_time") ? "no field `epoch_time`"
					: !time.containsKey("timezone") ? "no field `timezone`" : null;
		}
		if (problem != null) {
			throw QueryException.queryLogic("Invalid time object constructed (" + problem + "):\n" + truncated(result));
		}
		return result;
	}

	private static @Nullable String epochTime(@Nullable Object value, Map<String, Object> result) {
		if (!(value instanceof Double seconds)) {
			return "field `epoch_time` must be a number (got `" + truncated(value) + "` of type "
					+ Datums.typeName(value) + ")";
		}
		result.put("epoch_time", Math.floor(seconds * 1000 + 0.5) / 1000);
		return null;
	}

	private static @Nullable String timezone(@Nullable Object value, Map<String, Object> result) {
		if (!(value instanceof String zone)) {
			return "field `timezone` must be a string (got `" + truncated(value) + "` of type " + Datums.typeName(value)
					+ ")";
		}
		String canonical = canonicalZone(zone);
		if (canonical == null) {
			return "invalid timezone string `" + truncated(zone) + "`";
		}
		result.put("timezone", canonical);
		return null;
	}

	/**
	 * RethinkDB's {@code ±HH}, {@code ±HHMM} or {@code ±HH:MM} (hours to 24) or
	 * {@code Z}, as {@code ±HH:MM}; null when invalid.
	 */
	static @Nullable String canonicalZone(String zone) {
		if (zone.equals("Z")) {
			return "+00:00";
		}
		if (zone.equals("-00") || zone.equals("-00:00") || !zone.matches("[+-]\\d{2}(:?\\d{2})?")) {
			return null;
		}
		String digits = zone.substring(1).replace(":", "");
		String minutes = (digits.length() > 2) ? digits.substring(2) : "00";
		int hours = Integer.parseInt(digits.substring(0, 2));
		if (hours > 24 || Integer.parseInt(minutes) > 59) {
			return null;
		}
		return zone.charAt(0) + digits.substring(0, 2) + ":" + minutes;
	}

	private static Map<String, Object> binary(Map<String, Object> binary) {
		byte[] bytes = null;
		for (Map.Entry<String, Object> field : binary.entrySet()) {
			if (field.getKey().equals("data")) {
				if (!(field.getValue() instanceof String data)) {
					throw QueryException
						.queryLogic("Expected type STRING but found " + Datums.typeName(field.getValue()) + ".");
				}
				bytes = Base64Text.decode(data);
			}
			else if (!field.getKey().equals(Datums.REQL_TYPE)) {
				throw QueryException.queryLogic("Invalid binary pseudotype: illegal `" + field.getKey() + "` key.");
			}
		}
		if (bytes == null) {
			throw QueryException.queryLogic("Invalid binary pseudotype: lacking `data` key.");
		}
		return Datums.object(Datums.REQL_TYPE, "BINARY", "data", java.util.Base64.getEncoder().encodeToString(bytes));
	}

	private static Map<String, Object> geometry(Map<String, Object> geometry) {
		for (Map.Entry<String, Object> field : geometry.entrySet()) {
			switch (field.getKey()) {
				case "coordinates" -> requireType(field.getValue(), "ARRAY");
				case "type" -> requireType(field.getValue(), "STRING");
				case "crs", Datums.REQL_TYPE -> {
				}
				default -> throw QueryException
					.queryLogic("Unrecognized field `" + field.getKey() + "` found in geometry object.");
			}
		}
		for (String required : new String[] { "type", "coordinates" }) {
			if (!geometry.containsKey(required)) {
				throw QueryException.nonExistence("Field `" + required + "` not found in geometry object.");
			}
		}
		GeoJson.parse(geometry);
		return geometry;
	}

	private static void requireType(@Nullable Object value, String type) {
		if (!Datums.typeName(value).equals(type)) {
			throw QueryException.queryLogic("Expected type " + type + " but found " + Datums.typeName(value) + ".");
		}
	}

	/** The datum as compact JSON, cut to RethinkDB's 300 characters for messages. */
	static String truncated(@Nullable Object datum) {
		String json = Printer.json(datum);
		return (json.length() > PRINT_LIMIT) ? json.substring(0, PRINT_LIMIT - 3) + "..." : json;
	}

}
