package io.quire.driver.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads durations from option text: a bare number of seconds ({@code 20}, {@code 1.5}), a
 * number with a unit ({@code 500ms}, {@code 20s}, {@code 2m}, {@code 1h}) or ISO-8601
 * ({@code PT20S}).
 */
public final class Durations {

	private Durations() {
	}

	/**
	 * Parse a duration.
	 * @param option the option's name, for the error message
	 * @throws IllegalArgumentException naming the option when the text is not a duration
	 */
	public static Duration parse(String option, String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		try {
			if (value.startsWith("pt") || value.startsWith("p")) {
				return Duration.parse(value.toUpperCase(Locale.ROOT));
			}
			return withUnit(value);
		}
		catch (NumberFormatException | DateTimeParseException | ArithmeticException | IndexOutOfBoundsException ex) {
			throw new IllegalArgumentException("Invalid connection option '" + option + "': '" + text
					+ "' is not a duration (seconds, or a number with ms, s, m or h)", ex);
		}
	}

	private static Duration withUnit(String value) {
		if (value.endsWith("ms")) {
			return Duration.ofMillis(new BigDecimal(value.substring(0, value.length() - 2)).longValueExact());
		}
		long unitSeconds = switch (value.charAt(value.length() - 1)) {
			case 's' -> 1;
			case 'm' -> 60;
			case 'h' -> 3600;
			default -> 0;
		};
		String number = (unitSeconds == 0) ? value : value.substring(0, value.length() - 1);
		BigDecimal seconds = new BigDecimal(number).multiply(BigDecimal.valueOf(Math.max(unitSeconds, 1)));
		return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
	}

}
