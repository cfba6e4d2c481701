package io.quire.engine.datum;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * The TIME pseudo-type:
 * {@code {"$reql_type$":"TIME","epoch_time":seconds,"timezone":"+HH:MM"}}, with
 * millisecond precision.
 */
public final class Times {

	// Fixed pattern, not user input: ISO 8601 dates with optional time and zone.
	private static final Pattern ISO = Pattern.compile(
			"(\\d{4})-?(\\d{2})-?(\\d{2})(?:T(\\d{2}):?(\\d{2})(?::?(\\d{2})(?:\\.(\\d+))?)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?");

	private static final Pattern ZONE = Pattern.compile("Z|[+-]\\d{2}(:?\\d{2})?");

	private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

	/** As {@link #OUTPUT} for a whole second: RethinkDB prints no fraction then. */
	private static final DateTimeFormatter WHOLE_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

	/** 1400-01-01T00:00:00Z: RethinkDB's calendar starts in the year 1400. */
	private static final double MIN_EPOCH_SECONDS = -17_987_443_200d;

	/**
	 * 10001-01-01T00:00:00Z, the first instant past RethinkDB's calendar (year 10000).
	 */
	private static final double END_EPOCH_SECONDS = 253_433_923_200d;

	private Times() {
	}

	/**
	 * A TIME datum at the given epoch seconds in the given zone ({@code +HH:MM}), rounded
	 * to the millisecond. As in RethinkDB, any finite instant is a time; only reading its
	 * calendar fields needs it within the years 1400 to 10000.
	 */
	public static Map<String, Object> time(double epochSeconds, String timezone) {
		double rounded = Math.floor(epochSeconds * 1000 + 0.5) / 1000.0;
		if (!Double.isFinite(rounded)) {
			throw QueryException.queryLogic("Non-finite number: " + Printer.exact(epochSeconds));
		}
		return Datums.object(Datums.REQL_TYPE, "TIME", "epoch_time", rounded, "timezone", timezone);
	}

	/** False for NaN too. */
	private static boolean isInCalendar(double epochSeconds) {
		return epochSeconds >= MIN_EPOCH_SECONDS && epochSeconds < END_EPOCH_SECONDS;
	}

	/** A TIME datum for an instant in UTC. */
	public static Map<String, Object> time(Instant instant) {
		return time(instant.toEpochMilli() / 1000.0, "+00:00");
	}

	public static double epochSeconds(@Nullable Object time) {
		Object epoch = ((Map<?, ?>) requireTime(time)).get("epoch_time");
		if (!(epoch instanceof Number number)) {
			throw QueryException.queryLogic("Invalid time object: `epoch_time` is not a number.");
		}
		return number.doubleValue();
	}

	public static String timezone(@Nullable Object time) {
		Object zone = ((Map<?, ?>) requireTime(time)).get("timezone");
		return (zone instanceof String text) ? text : "+00:00";
	}

	/**
	 * The wall-clock date-time of a TIME datum in its own zone. It is computed from the
	 * offset in seconds rather than with {@code ZoneOffset}, which stops at 18 hours
	 * while RethinkDB allows offsets up to 24.
	 */
	public static LocalDateTime dateTime(@Nullable Object time) {
		double seconds = epochSeconds(time);
		if (!isInCalendar(seconds)) {
			throw QueryException.queryLogic("Error in time logic: Year is out of valid range: 1400..10000.");
		}
		long millis = Math.round(seconds * 1000) + offsetSeconds(timezone(time)) * 1000L;
		return LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), (int) Math.floorMod(millis, 1000) * 1_000_000,
				ZoneOffset.UTC);
	}

	/** A TIME datum for a wall-clock date-time in the given zone. */
	public static Map<String, Object> time(LocalDateTime local, String zone) {
		double seconds = local.toEpochSecond(ZoneOffset.UTC) - offsetSeconds(zone) + local.getNano() / 1e9;
		return time(seconds, canonicalZone(zone));
	}

	public static Object requireTime(@Nullable Object datum) {
		if (!Datums.isPseudo(datum, "TIME")) {
			throw QueryException.queryLogic("Expected type PTYPE<TIME> but found " + Datums.typeName(datum) + ".");
		}
		return datum;
	}

	/** Parses a zone such as {@code Z}, {@code +01}, {@code -0700} or {@code +07:00}. */
	public static int offsetSeconds(String zone) {
		if (zone.equals("-00") || zone.equals("-00:00")) {
			throw QueryException.queryLogic("`" + zone + "` is not a valid time offset.");
		}
		if (!ZONE.matcher(zone).matches()) {
			throw QueryException.queryLogic("Timezone `" + zone + "` does not start with `-` or `+`.");
		}
		if (zone.equals("Z")) {
			return 0;
		}
		String digits = zone.substring(1).replace(":", "");
		int hours = Integer.parseInt(digits.substring(0, 2));
		int minutes = (digits.length() > 2) ? Integer.parseInt(digits.substring(2)) : 0;
		if (hours > 24) {
			throw QueryException.queryLogic("Hours out of range in `" + zone + "`.");
		}
		if (minutes > 59) {
			throw QueryException.queryLogic("Minutes out of range in `" + zone + "`.");
		}
		int sign = zone.startsWith("-") ? -1 : 1;
		return sign * (hours * 3600 + minutes * 60);
	}

	/** A zone in RethinkDB's canonical form {@code ±HH:MM}. */
	public static String canonicalZone(String zone) {
		int seconds = offsetSeconds(zone);
		int minutes = Math.abs(seconds) / 60;
		return String.format(Locale.ROOT, "%s%02d:%02d", (seconds < 0) ? "-" : "+", minutes / 60, minutes % 60);
	}

	/** Parses an ISO 8601 string; {@code defaultZone} applies when the text has none. */
	public static Map<String, Object> parseIso8601(String text, @Nullable String defaultZone) {
		Matcher matcher = ISO.matcher(text);
		if (!matcher.matches()) {
			throw QueryException.queryLogic("Invalid date string `" + text + "`.");
		}
		String zone = (matcher.group(8) != null) ? matcher.group(8) : defaultZone;
		if (zone == null) {
			throw QueryException.queryLogic("ISO 8601 string has no time zone, and no default time zone was provided.");
		}
		try {
			LocalDateTime local = LocalDateTime.of(date(matcher), clock(matcher));
			return time(local, zone);
		}
		catch (DateTimeException ex) {
			throw QueryException.queryLogic("Invalid date string `" + text + "`.");
		}
	}

	private static LocalDate date(Matcher matcher) {
		return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3)));
	}

	private static LocalTime clock(Matcher matcher) {
		if (matcher.group(4) == null) {
			return LocalTime.MIDNIGHT;
		}
		int seconds = (matcher.group(6) != null) ? Integer.parseInt(matcher.group(6)) : 0;
		String fraction = (matcher.group(7) != null) ? (matcher.group(7) + "000000000").substring(0, 9) : "0";
		return LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)), seconds,
				Integer.parseInt(fraction));
	}

	/** ISO 8601 with milliseconds (none for a whole second) and the time's own offset. */
	public static String toIso8601(@Nullable Object time) {
		LocalDateTime dateTime = dateTime(time);
		if (dateTime.getYear() > 9999) {
			throw QueryException.queryLogic("Year `" + dateTime.getYear() + "` out of valid ISO 8601 range [0, 9999].");
		}
		return ((dateTime.getNano() == 0) ? WHOLE_SECONDS : OUTPUT).format(dateTime) + canonicalZone(timezone(time));
	}

}
