package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * {@code union(..., {interleave: ordering})}: merges inputs that are each sorted by the
 * ordering (a field name, a function, {@code r.asc}/{@code r.desc}, or an array of them)
 * into one sorted sequence; on equal keys the earlier input comes first.
 */
final class Interleave implements Iterator<@Nullable Object> {

	private final List<Stream> parts;

	private final List<Direction> keys;

	private final Call call;

	private final Object[] heads;

	private final boolean[] present;

	private Interleave(List<Stream> parts, List<Direction> keys, Call call) {
		this.parts = parts;
		this.keys = keys;
		this.call = call;
		this.heads = new Object[parts.size()];
		this.present = new boolean[parts.size()];
		for (int i = 0; i < parts.size(); i++) {
			advance(i);
		}
	}

	/** Whether the optarg asks for a merge rather than {@code true} or {@code false}. */
	static boolean isOrdering(@Nullable Object interleave) {
		return !(interleave instanceof Boolean);
	}

	static Iterator<@Nullable Object> merge(List<Stream> parts, @Nullable Object ordering, Call call) {
		List<Direction> keys = new ArrayList<>();
		for (Object key : (ordering instanceof List<?> list) ? list : List.of(ordering)) {
			keys.add((key instanceof Direction direction) ? direction : new Direction(key, false));
		}
		return new Interleave(parts, keys, call);
	}

	private void advance(int part) {
		Stream stream = this.parts.get(part);
		this.present[part] = stream.hasNext();
		this.heads[part] = this.present[part] ? stream.next() : null;
	}

	@Override
	public boolean hasNext() {
		for (boolean has : this.present) {
			if (has) {
				return true;
			}
		}
		return false;
	}

	@Override
	public @Nullable Object next() {
		int best = -1;
		for (int i = 0; i < this.heads.length; i++) {
			if (this.present[i] && (best < 0 || compare(this.heads[i], this.heads[best]) < 0)) {
				best = i;
			}
		}
		if (best < 0) {
			throw new NoSuchElementException();
		}
		Object row = this.heads[best];
		advance(best);
		if (this.present[best] && compare(this.heads[best], row) < 0) {
			throw QueryException.queryLogic("The streams given as arguments are not ordered by given ordering.");
		}
		return row;
	}

	private int compare(@Nullable Object a, @Nullable Object b) {
		for (Direction key : this.keys) {
			int result = OrderTerms.compareKeys(OrderTerms.keyOrMissing(key.key(), a, this.call),
					OrderTerms.keyOrMissing(key.key(), b, this.call));
			if (result != 0) {
				return key.descending() ? -result : result;
			}
		}
		return 0;
	}

}
