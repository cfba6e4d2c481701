package io.quire.protocol.json;

import tools.jackson.core.JsonGenerator;

/**
 * Writes numbers as RethinkDB does: every number is a double, written without a decimal
 * point when it is integral and fits a 64-bit integer, otherwise in its shortest
 * round-trip form.
 */
final class ReqlNumbers {

	private static final double TWO_TO_63 = 0x1p63;

	private ReqlNumbers() {
	}

	/** Whether the value is integral, fits a {@code long}, and is not {@code -0.0}. */
	static boolean isLongValued(double value) {
		return value >= -TWO_TO_63 && value < TWO_TO_63 && value == Math.rint(value)
				&& !(value == 0.0 && Double.doubleToRawLongBits(value) != 0L);
	}

	static void writeDouble(JsonGenerator generator, double value) {
		if (isLongValued(value)) {
			generator.writeNumber((long) value);
			return;
		}
		requireFinite(value);
		generator.writeNumber(value);
	}

	static void writeFloat(JsonGenerator generator, float value) {
		if (isLongValued(value)) {
			generator.writeNumber((long) value);
			return;
		}
		requireFinite(value);
		generator.writeNumber(value);
	}

	static void requireFinite(double value) {
		if (!Double.isFinite(value)) {
			throw new ReqlJsonException("Cannot write the non-finite number " + value + " as JSON.");
		}
	}

}
