package io.quire.engine.catalog;

import org.jspecify.annotations.Nullable;

/**
 * One end of a key range for {@code between}: a datum key, open or closed, or no bound at
 * all ({@code r.minval} on the left, {@code r.maxval} on the right).
 */
public record Bound(@Nullable Object key, boolean inclusive, boolean isUnbounded) {

	private static final Bound NONE = new Bound(null, true, true);

	public static Bound none() {
		return NONE;
	}

	public static Bound closed(Object key) {
		return new Bound(key, true, false);
	}

	public static Bound open(Object key) {
		return new Bound(key, false, false);
	}

}
