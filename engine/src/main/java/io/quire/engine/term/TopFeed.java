package io.quire.engine.term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.quire.engine.catalog.Change;
import io.quire.engine.catalog.ChangeListener;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import org.jspecify.annotations.Nullable;

/**
 * The listener behind {@code orderBy({index}).limit(n).changes()}: after each write it
 * reads the first {@code n} rows again and reports what left and entered that window,
 * paired up, and what changed inside it.
 */
final class TopFeed implements ChangeListener {

	private final TableRef ordered;

	private final long limit;

	private final ChangeFeed feed;

	private final FeedOptions options;

	private Map<Object, Map<String, Object>> window;

	TopFeed(TableRef ordered, long limit, ChangeFeed feed, FeedOptions options) {
		this.ordered = ordered;
		this.limit = limit;
		this.feed = feed;
		this.options = options;
		this.window = read();
	}

	private Map<Object, Map<String, Object>> read() {
		Map<Object, Map<String, Object>> rows = new LinkedHashMap<>();
		try (Stream stream = this.ordered.open()) {
			for (long i = 0; i < this.limit && stream.hasNext(); i++) {
				Map<String, Object> row = Types.object(stream.next());
				rows.put(new Key(row.get(this.ordered.table().primaryKey())), row);
			}
		}
		return rows;
	}

	@Override
	public synchronized void onChange(Table table, Change change) {
		Map<Object, Map<String, Object>> next = read();
		List<Object> before = new ArrayList<>(this.window.keySet());
		List<Object> after = new ArrayList<>(next.keySet());
		List<Object> left = new ArrayList<>();
		List<Object> entered = new ArrayList<>();
		before.stream().filter((key) -> !next.containsKey(key)).forEach(left::add);
		for (Object key : after) {
			Map<String, Object> old = this.window.get(key);
			if (old == null) {
				entered.add(key);
			}
			else if (!Datums.equal(old, next.get(key))) {
				offer(key, key, before, after, next);
			}
		}
		for (int i = 0; i < Math.max(left.size(), entered.size()); i++) {
			offer(at(left, i), at(entered, i), before, after, next);
		}
		this.window = next;
	}

	/**
	 * Reports a row that left (old key) and one that entered (new key), with offsets if
	 * asked.
	 */
	private void offer(@Nullable Object oldKey, @Nullable Object newKey, List<Object> before, List<Object> after,
			Map<Object, Map<String, Object>> next) {
		Map<String, Object> change = this.options.changeObject((oldKey != null) ? this.window.get(oldKey) : null,
				(newKey != null) ? next.get(newKey) : null);
		if (this.options.includeOffsets()) {
			change.put("old_offset", (oldKey != null) ? (double) before.indexOf(oldKey) : null);
			change.put("new_offset", (newKey != null) ? (double) after.indexOf(newKey) : null);
		}
		this.feed.offer(change);
	}

	/** The initial rows as feed rows, with their offsets if asked. */
	List<Object> initialRows() {
		List<Object> rows = new ArrayList<>();
		for (Map<String, Object> row : this.window.values()) {
			Map<String, Object> initial = this.options.initial(row);
			if (this.options.includeOffsets()) {
				initial.put("new_offset", (double) rows.size());
			}
			rows.add(initial);
		}
		return rows;
	}

	private static @Nullable Object at(List<Object> keys, int i) {
		return (i < keys.size()) ? keys.get(i) : null;
	}

	@Override
	public void onDropped(Table table) {
		this.feed.onDropped(table);
	}

	@Override
	public void onUnavailable(Table table) {
		this.feed.onUnavailable(table);
	}

	/** A primary key with ReQL equality, for use as a map key. */
	private record Key(@Nullable Object value) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Datums.equal(this.value, key.value);
		}

		@Override
		public int hashCode() {
			return (this.value instanceof Double number) ? Double.hashCode(number + 0.0) : Objects.hashCode(this.value);
		}

	}

}
