package io.quire.engine.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.catalog.Bound;
import io.quire.engine.catalog.Change;
import io.quire.engine.catalog.ChangeListener;
import io.quire.engine.catalog.Durability;
import io.quire.engine.catalog.IndexDefinition;
import io.quire.engine.catalog.IndexStatus;
import io.quire.engine.catalog.ListRowIterator;
import io.quire.engine.catalog.RowIterator;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.DatumOrder;
import io.quire.engine.index.DatumPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SystemTable} seen as a {@link Table} by one caller: rows are computed on every
 * read and sorted by {@code id}; each written row goes to {@link SystemTable#write}.
 */
final class SystemView implements Table {

	private final SystemTable table;

	private final QuerySession caller;

	private final SystemFeeds feeds;

	/** Keys the server generated for this query's inserts (a view serves one query). */
	private final Set<Object> generatedKeys = ConcurrentHashMap.newKeySet();

	SystemView(SystemTable table, QuerySession caller, SystemFeeds feeds) {
		this.table = table;
		this.caller = caller;
		this.feeds = feeds;
	}

	@Override
	public UUID id() {
		return UUID.nameUUIDFromBytes(qualifiedName().getBytes(StandardCharsets.UTF_8));
	}

	private String qualifiedName() {
		return SystemDatabase.NAME + "." + this.table.name();
	}

	@Override
	public String database() {
		return SystemDatabase.NAME;
	}

	@Override
	public String name() {
		return this.table.name();
	}

	@Override
	public String primaryKey() {
		return "id";
	}

	/** The rows the caller sees now, unsorted. */
	List<Map<String, Object>> rows() {
		return this.table.rows(this.caller);
	}

	private List<Map<String, Object>> sorted(boolean descending) {
		List<Map<String, Object>> rows = new ArrayList<>(this.table.rows(this.caller));
		rows.sort((a, b) -> DatumOrder.compare(a.get("id"), b.get("id")) * (descending ? -1 : 1));
		return rows;
	}

	@Override
	public @Nullable Map<String, Object> get(Object key) {
		for (Map<String, Object> row : this.table.rows(this.caller)) {
			if (DatumOrder.compare(row.get("id"), key) == 0) {
				return row;
			}
		}
		return null;
	}

	@Override
	public RowIterator scan(boolean descending) {
		return new ListRowIterator(sorted(descending));
	}

	@Override
	public RowIterator between(String index, Bound lower, Bound upper, boolean descending) {
		checkPrimary(index);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> row : sorted(descending)) {
			if (inside(row.get("id"), lower, 1) && inside(row.get("id"), upper, -1)) {
				rows.add(row);
			}
		}
		return new ListRowIterator(rows);
	}

	private static boolean inside(@Nullable Object key, Bound bound, int side) {
		if (bound.isUnbounded()) {
			return true;
		}
		int c = DatumOrder.compare(key, bound.key()) * side;
		return bound.inclusive() ? c >= 0 : c > 0;
	}

	@Override
	public RowIterator getAll(String index, Object key) {
		return between(index, Bound.closed(key), Bound.closed(key), false);
	}

	private void checkPrimary(String index) {
		if (!index.equals("id")) {
			throw QueryException.opFailed("Index `" + index + "` was not found on table `" + qualifiedName() + "`.");
		}
	}

	/** Writes one row; open system feeds then see the change. */
	@Override
	public Change modify(Object key, UnaryOperator<@Nullable Map<String, Object>> update, Durability durability) {
		try {
			return write(key, update);
		}
		finally {
			this.feeds.refresh();
		}
	}

	/**
	 * Reads the row, applies the update and writes the result while holding the system
	 * table itself: a view is made per query, so locking the view would not keep two
	 * queries from updating the same row from the same old value.
	 */
	private Change write(Object key, UnaryOperator<@Nullable Map<String, Object>> update) {
		synchronized (this.table) {
			Map<String, Object> before = get(key);
			Map<String, Object> after = update.apply(before);
			if (Objects.equals(before, after)) {
				return new Change(before, after);
			}
			if (after != null && DatumOrder.compare(after.get("id"), key) != 0) {
				throw QueryException.queryLogic("Primary key `id` cannot be changed (`" + DatumPrinter.print(before)
						+ "` -> `" + DatumPrinter.print(after) + "`).");
			}
			boolean generated = before == null && after != null && this.generatedKeys.remove(key);
			return new Change(before, generated ? this.table.insertGenerated(after, this.caller)
					: this.table.write(before, after, this.caller));
		}
	}

	@Override
	public void keyGenerated(Object key) {
		this.generatedKeys.add(key);
	}

	@Override
	public List<Object> modifyAll(List<Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>>> updates,
			Durability durability) {
		List<Object> outcomes = new ArrayList<>();
		try {
			for (Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>> update : updates) {
				outcomes.add(Table.rowOutcome(() -> write(update.getKey(), update.getValue())));
			}
		}
		finally {
			this.feeds.refresh();
		}
		return outcomes;
	}

	@Override
	public long count() {
		return this.table.rows(this.caller).size();
	}

	@Override
	public long approximateBytes() {
		return 0;
	}

	private QueryException special() {
		return QueryException.opFailed("Database `" + SystemDatabase.NAME
				+ "` is special; you can't create secondary indexes on the tables in it.");
	}

	@Override
	public void createIndex(IndexDefinition definition) {
		throw special();
	}

	@Override
	public void dropIndex(String index) {
		throw special();
	}

	@Override
	public boolean renameIndex(String from, String to, boolean overwrite) {
		throw special();
	}

	@Override
	public List<IndexStatus> indexes() {
		return List.of();
	}

	@Override
	public List<IndexStatus> awaitIndexes(List<String> names) {
		return List.of();
	}

	@Override
	public void sync() {
	}

	@Override
	public AutoCloseable subscribe(ChangeListener listener) {
		return this.feeds.start(this, listener, rows());
	}

}
