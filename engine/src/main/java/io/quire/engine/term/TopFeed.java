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
 * The listener behind {@code orderBy({index}).limit(n).changes()}: after each write it reads the
 * first {@code n} rows again and reports what left and entered that window, paired up, and what
 * changed inside it.
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

	/** The rows in the window now, in index order. */
	List<Object> rows() {
		return new ArrayList<>(this.window.values());
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
		List<Map<String, Object>> left = new ArrayList<>();
		List<Map<String, Object>> entered = new ArrayList<>();
		this.window.forEach((key, row) -> {
			if (!next.containsKey(key)) {
				left.add(row);
			}
		});
		next.forEach((key, row) -> {
			Map<String, Object> before = this.window.get(key);
			if (before == null) {
				entered.add(row);
			}
			else if (!Datums.equal(before, row)) {
				this.feed.offer(this.options.changeObject(before, row));
			}
		});
		for (int i = 0; i < Math.max(left.size(), entered.size()); i++) {
			this.feed.offer(this.options.changeObject(at(left, i), at(entered, i)));
		}
		this.window = next;
	}

	private static @Nullable Map<String, Object> at(List<Map<String, Object>> rows, int i) {
		return (i < rows.size()) ? rows.get(i) : null;
	}

	@Override
	public void onDropped(Table table) {
		this.feed.onDropped(table);
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
