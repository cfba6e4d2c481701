package io.quire.engine.catalog;

import io.quire.engine.index.KeyEncoding;
import org.jspecify.annotations.Nullable;

/**
 * The storage key range {@code [from, to)} of a {@code between}: encoded bounds, open
 * bounds moved past every entry that starts with the bound's encoding (entries of a
 * secondary index start with the index key), {@code null} for no bound.
 */
record KeyRange(byte @Nullable [] from, byte @Nullable [] to) {

	static KeyRange of(Bound lower, Bound upper) {
		return new KeyRange(lowerBound(lower), upperBound(upper));
	}

	private static byte @Nullable [] lowerBound(Bound bound) {
		if (bound.isUnbounded()) {
			return null;
		}
		byte[] key = KeyEncoding.encode(bound.key());
		return bound.inclusive() ? key : KeyEncoding.successor(key);
	}

	private static byte @Nullable [] upperBound(Bound bound) {
		if (bound.isUnbounded()) {
			return null;
		}
		byte[] key = KeyEncoding.encode(bound.key());
		return bound.inclusive() ? KeyEncoding.successor(key) : key;
	}

}
