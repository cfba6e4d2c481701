package io.quire.engine.geo;

import io.quire.engine.QueryException;

/** The distance units of ReQL's {@code unit} optarg, with their length in meters. */
public enum DistanceUnit {

	/** Meters, the default. */
	M("m", 1.0),

	/** Kilometers. */
	KM("km", 1000.0),

	/** International miles. */
	MI("mi", 1609.344),

	/** Nautical miles. */
	NM("nm", 1852.0),

	/** International feet. */
	FT("ft", 0.3048);

	private final String symbol;

	private final double meters;

	DistanceUnit(String symbol, double meters) {
		this.symbol = symbol;
		this.meters = meters;
	}

	/**
	 * The unit of this symbol ({@code m}, {@code km}, {@code mi}, {@code nm},
	 * {@code ft}).
	 */
	public static DistanceUnit of(String symbol) {
		for (DistanceUnit unit : values()) {
			if (unit.symbol.equals(symbol)) {
				return unit;
			}
		}
		throw QueryException.queryLogic("Unrecognized distance unit `" + symbol + "`.");
	}

	/** The distance in meters of {@code value} of this unit. */
	public double toMeters(double value) {
		return value * this.meters;
	}

	/**
	 * The distance in this unit of {@code meters} (times the factor, as RethinkDB does).
	 */
	public double fromMeters(double meters) {
		return meters * (1.0 / this.meters);
	}

}
