package io.quire.protocol.pseudo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Converts RethinkDB's pseudo-types, objects tagged with {@code $reql_type$}, to and from
 * Java:
 * <ul>
 * <li>TIME {@code {"$reql_type$":"TIME","epoch_time":<seconds>,"timezone":"+HH:MM"}} and
 * {@link OffsetDateTime} or {@link Instant}; times have millisecond precision;</li>
 * <li>BINARY {@code {"$reql_type$":"BINARY","data":"<base64>"}} and {@code byte[]}.</li>
 * </ul>
 * Other pseudo-types (GROUPED_DATA, GEOMETRY) stay maps.
 */
public final class PseudoTypes {

	/** The key that tags a pseudo-type. */
	public static final String REQL_TYPE = "$reql_type$";

	public static final String TIME = "TIME";

	public static final String BINARY = "BINARY";

	public static final String GROUPED_DATA = "GROUPED_DATA";

	public static final String GEOMETRY = "GEOMETRY";

	private PseudoTypes() {
	}

	/** Whether the map is a TIME pseudo-type. */
	public static boolean isTime(Map<?, ?> map) {
		return TIME.equals(map.get(REQL_TYPE));
	}

	/** Whether the map is a BINARY pseudo-type. */
	public static boolean isBinary(Map<?, ?> map) {
		return BINARY.equals(map.get(REQL_TYPE));
	}

	/** Whether the map is a GROUPED_DATA pseudo-type. */
	public static boolean isGroupedData(Map<?, ?> map) {
		return GROUPED_DATA.equals(map.get(REQL_TYPE));
	}

	/** The TIME pseudo-type of the date-time, keeping its offset. */
	public static Map<String, Object> time(OffsetDateTime dateTime) {
		return time(dateTime.toInstant(), dateTime.getOffset());
	}

	/** The TIME pseudo-type of the instant, in UTC ({@code +00:00}). */
	public static Map<String, Object> time(Instant instant) {
		return time(instant, ZoneOffset.UTC);
	}

	/** The TIME pseudo-type of the instant, at the given offset. */
	public static Map<String, Object> time(Instant instant, ZoneOffset offset) {
		Map<String, Object> time = new LinkedHashMap<>();
		time.put(REQL_TYPE, TIME);
		time.put("epoch_time", TimeZones.epochSeconds(instant));
		time.put("timezone", TimeZones.format(offset));
		return time;
	}

	/** The BINARY pseudo-type of the bytes. */
	public static Map<String, Object> binary(byte[] bytes) {
		Map<String, Object> binary = new LinkedHashMap<>();
		binary.put(REQL_TYPE, BINARY);
		binary.put("data", Base64.getEncoder().encodeToString(bytes));
		return binary;
	}

	/**
	 * The date-time of a TIME pseudo-type, at its time zone.
	 * @throws IllegalArgumentException if the map is not a well-formed TIME
	 */
	public static OffsetDateTime toOffsetDateTime(Map<?, ?> time) {
		return toInstant(time).atOffset(TimeZones.parse(requireField(time, TIME, "timezone")));
	}

	/**
	 * The instant of a TIME pseudo-type.
	 * @throws IllegalArgumentException if the map is not a well-formed TIME
	 */
	public static Instant toInstant(Map<?, ?> time) {
		requireType(time, TIME);
		if (!(time.get("epoch_time") instanceof Number epochTime)) {
			throw new IllegalArgumentException("TIME pseudo-type has no number `epoch_time`.");
		}
		return TimeZones.instant(epochTime.doubleValue());
	}

	/**
	 * The bytes of a BINARY pseudo-type.
	 * @throws IllegalArgumentException if the map is not a well-formed BINARY
	 */
	public static byte[] toBytes(Map<?, ?> binary) {
		String data = requireField(binary, BINARY, "data");
		try {
			return Base64.getDecoder().decode(data);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Invalid base64 data in BINARY pseudo-type.", ex);
		}
	}

	/**
	 * Turns pseudo-types in a parsed result into Java values, through nested maps and
	 * lists: TIME into {@link OffsetDateTime} (when time-zone aware) or {@link Instant},
	 * BINARY into {@code byte[]}. Other values are returned as they are; collections are
	 * copied only where something in them changed.
	 */
	public static @Nullable Object convertPseudoTypes(@Nullable Object value, boolean timeZoneAware) {
		if (value instanceof Map<?, ?> map) {
			return convertMap(map, timeZoneAware);
		}
		if (value instanceof List<?> list) {
			return convertElements(list, (element) -> convertPseudoTypes(element, timeZoneAware));
		}
		return value;
	}

	/**
	 * Turns Java values into pseudo-types, through nested maps, lists and object arrays:
	 * {@link OffsetDateTime}, {@link ZonedDateTime} (keeping its offset), {@link Instant}
	 * and {@link Date} (UTC) and {@link LocalDate} (midnight UTC) into TIME,
	 * {@code byte[]} into BINARY. Other values are returned as they are.
	 */
	public static @Nullable Object toReql(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return convertValues(map, PseudoTypes::toReql);
		}
		if (value instanceof List<?> list) {
			return convertElements(list, PseudoTypes::toReql);
		}
		if (value instanceof Object[] array) {
			return convertElements(List.of(array), PseudoTypes::toReql);
		}
		return toReqlScalar(value);
	}

	private static @Nullable Object toReqlScalar(@Nullable Object value) {
		if (value instanceof OffsetDateTime dateTime) {
			return time(dateTime);
		}
		if (value instanceof ZonedDateTime dateTime) {
			return time(dateTime.toOffsetDateTime());
		}
		if (value instanceof Instant instant) {
			return time(instant);
		}
		if (value instanceof Date date) {
			return time(date.toInstant());
		}
		if (value instanceof LocalDate date) {
			return time(date.atStartOfDay(ZoneOffset.UTC).toInstant());
		}
		if (value instanceof byte[] bytes) {
			return binary(bytes);
		}
		return value;
	}

	private static @Nullable Object convertMap(Map<?, ?> map, boolean timeZoneAware) {
		if (isTime(map)) {
			return timeZoneAware ? toOffsetDateTime(map) : toInstant(map);
		}
		if (isBinary(map)) {
			return toBytes(map);
		}
		return convertValues(map, (element) -> convertPseudoTypes(element, timeZoneAware));
	}

	private static Map<?, ?> convertValues(Map<?, ?> map, Converter converter) {
		Map<Object, @Nullable Object> copy = null;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			Object converted = converter.convert(entry.getValue());
			if (copy == null && converted != entry.getValue()) {
				copy = new LinkedHashMap<>(map);
			}
			if (copy != null) {
				copy.put(entry.getKey(), converted);
			}
		}
		return (copy != null) ? copy : map;
	}

	private static List<?> convertElements(List<?> list, Converter converter) {
		List<@Nullable Object> copy = null;
		for (int i = 0; i < list.size(); i++) {
			Object converted = converter.convert(list.get(i));
			if (copy == null && converted != list.get(i)) {
				copy = new ArrayList<>(list);
			}
			if (copy != null) {
				copy.set(i, converted);
			}
		}
		return (copy != null) ? copy : list;
	}

	private static void requireType(Map<?, ?> map, String type) {
		if (!type.equals(map.get(REQL_TYPE))) {
			throw new IllegalArgumentException(
					"Expected a " + type + " pseudo-type but got " + map.get(REQL_TYPE) + ".");
		}
	}

	private static String requireField(Map<?, ?> map, String type, String field) {
		requireType(map, type);
		if (!(map.get(field) instanceof String value)) {
			throw new IllegalArgumentException(type + " pseudo-type has no string `" + field + "`.");
		}
		return value;
	}

	@FunctionalInterface
	private interface Converter {

		@Nullable Object convert(@Nullable Object value);

	}

}
