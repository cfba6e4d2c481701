package io.quire.engine.datum;

import java.math.BigInteger;

import org.jspecify.annotations.Nullable;

/**
 * Numbers as the JSON reader gives them ({@link Long}, {@link BigInteger} beyond a long,
 * {@link Double} with a fraction or exponent), where the protocol wants a 32-bit enum
 * value such as a term or query type: read exactly, never wrapped or truncated.
 */
public final class WireNumbers {

	private WireNumbers() {
	}

	/** The number as an {@code int} if it is integral and fits one, else {@code null}. */
	public static @Nullable Integer exactInt(Number number) {
		if (number instanceof Long || number instanceof Integer) {
			long value = number.longValue();
			return (value == (int) value) ? (int) value : null;
		}
		if (number instanceof BigInteger) {
			return null;
		}
		double value = number.doubleValue();
		return (value == Math.rint(value) && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) ? (int) value
				: null;
	}

	/**
	 * The number as the client wrote it: integers in full, others as RethinkDB prints
	 * them.
	 */
	public static String print(Number number) {
		if (number instanceof Long || number instanceof Integer || number instanceof BigInteger) {
			return number.toString();
		}
		return Printer.number(number.doubleValue());
	}

}
