package io.quire.engine.geo;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in messages, printed as RethinkDB prints them (20 significant digits). */
final class Numbers {

	private static final MathContext DIGITS = new MathContext(20);

	private Numbers() {
	}

	/** The value with up to 20 significant digits and no trailing zeros. */
	static String reconstructable(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return String.valueOf(value);
		}
		BigDecimal rounded = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
		return (rounded.signum() == 0) ? "0" : rounded.toPlainString();
	}

}
