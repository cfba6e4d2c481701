package io.quire.protocol.pseudo;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * RethinkDB's time representation: epoch seconds as a double with millisecond precision,
 * and time zones as {@code +HH:MM} offsets.
 */
final class TimeZones {

	private TimeZones() {
	}

	/** Seconds since the epoch, to the millisecond. */
	static double epochSeconds(Instant instant) {
		return instant.toEpochMilli() / 1000.0;
	}

	/** The instant of epoch seconds, rounded to the nearest millisecond. */
	static Instant instant(double epochSeconds) {
		if (!Double.isFinite(epochSeconds)) {
			throw new IllegalArgumentException("TIME pseudo-type has a non-finite `epoch_time`.");
		}
		return Instant.ofEpochMilli(Math.round(epochSeconds * 1000.0));
	}

	/**
	 * {@code ±HH:MM}; seconds of an offset, which RethinkDB cannot represent, are
	 * dropped.
	 */
	static String format(ZoneOffset offset) {
		int totalMinutes = offset.getTotalSeconds() / 60;
		int minutes = Math.abs(totalMinutes);
		char sign = (totalMinutes < 0) ? '-' : '+';
		return String.format("%c%02d:%02d", sign, minutes / 60, minutes % 60);
	}

	/** Parses {@code ±HH:MM} (also {@code ±HH}, {@code ±HHMM} and {@code Z}). */
	static ZoneOffset parse(String timezone) {
		try {
			return ZoneOffset.of(timezone);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("Invalid timezone `" + timezone + "` in TIME pseudo-type.", ex);
		}
	}

}
