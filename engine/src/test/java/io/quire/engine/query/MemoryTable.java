package io.quire.engine.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Bound;
import io.quire.engine.catalog.Change;
import io.quire.engine.catalog.ChangeListener;
import io.quire.engine.catalog.Durability;
import io.quire.engine.catalog.IndexDefinition;
import io.quire.engine.catalog.IndexKeyFunction;
import io.quire.engine.catalog.IndexStatus;
import io.quire.engine.catalog.RowIterator;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.DatumOrder;
import io.quire.engine.datum.Datums;

/** An in-memory table whose secondary indexes are computed on every read. */
final class MemoryTable implements Table {

	private final UUID id = UUID.randomUUID();

	private final String database;

	private final String name;

	private final String primaryKey;

	private final TreeMap<Object, Map<String, Object>> rows = new TreeMap<>(DatumOrder.COMPARATOR);

	private final Map<String, IndexDefinition> indexes = new TreeMap<>();

	private final List<ChangeListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	int modifyAllCalls;

	MemoryTable(String database, String name, String primaryKey) {
		this.database = database;
		this.name = name;
		this.primaryKey = primaryKey;
	}

	@Override
	public UUID id() {
		return this.id;
	}

	@Override
	public String database() {
		return this.database;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String primaryKey() {
		return this.primaryKey;
	}

	@Override
	public synchronized Map<String, Object> get(Object key) {
		return this.rows.get(key);
	}

	@Override
	public synchronized RowIterator scan(boolean descending) {
		List<Map<String, Object>> all = new ArrayList<>(this.rows.values());
		if (descending) {
			java.util.Collections.reverse(all);
		}
		return iterator(all);
	}

	@Override
	public synchronized RowIterator between(String index, Bound lower, Bound upper, boolean descending) {
		List<Object[]> entries = indexEntries(index);
		List<Map<String, Object>> result = new ArrayList<>();
		for (Object[] entry : entries) {
			if (above(entry[0], lower) && below(entry[0], upper)) {
				@SuppressWarnings("unchecked")
				Map<String, Object> row = (Map<String, Object>) entry[1];
				result.add(row);
			}
		}
		if (descending) {
			java.util.Collections.reverse(result);
		}
		return iterator(result);
	}

	private static boolean above(Object key, Bound bound) {
		if (bound.isUnbounded()) {
			return true;
		}
		int c = DatumOrder.compare(key, bound.key());
		return bound.inclusive() ? c >= 0 : c > 0;
	}

	private static boolean below(Object key, Bound bound) {
		if (bound.isUnbounded()) {
			return true;
		}
		int c = DatumOrder.compare(key, bound.key());
		return bound.inclusive() ? c <= 0 : c < 0;
	}

	private List<Object[]> indexEntries(String index) {
		List<Object[]> entries = new ArrayList<>();
		if (index.equals(this.primaryKey)) {
			this.rows.forEach((key, row) -> entries.add(new Object[] { key, row }));
			return entries;
		}
		IndexDefinition definition = this.indexes.get(index);
		if (definition == null) {
			throw QueryException
				.opFailed("Index `" + index + "` was not found on table `" + this.database + "." + this.name + "`.");
		}
		IndexKeyFunction function = ReqlQueryRunner.compileIndexFunction(definition);
		for (Map<String, Object> row : this.rows.values()) {
			for (Object key : function.keys(row)) {
				entries.add(new Object[] { key, row });
			}
		}
		entries.sort(Comparator.<Object[], Object>comparing((entry) -> entry[0], DatumOrder.COMPARATOR)
			.thenComparing((entry) -> ((Map<?, ?>) entry[1]).get(this.primaryKey), DatumOrder.COMPARATOR));
		return entries;
	}

	@Override
	public synchronized RowIterator getAll(String index, Object key) {
		return between(index, Bound.closed(key), Bound.closed(key), false);
	}

	@Override
	public synchronized Change modify(Object key, UnaryOperator<Map<String, Object>> update, Durability durability) {
		Map<String, Object> old = this.rows.get(key);
		Map<String, Object> updated = update.apply(old);
		if (updated == null) {
			this.rows.remove(key);
		}
		else {
			this.rows.put(key, updated);
		}
		Change change = new Change(old, updated);
		if (!change.isUnchanged()) {
			this.listeners.forEach((listener) -> listener.onChange(this, change));
		}
		return change;
	}

	@Override
	public synchronized List<Object> modifyAll(List<Map.Entry<Object, UnaryOperator<Map<String, Object>>>> updates,
			Durability durability) {
		this.modifyAllCalls++;
		List<Object> outcomes = new ArrayList<>();
		for (Map.Entry<Object, UnaryOperator<Map<String, Object>>> entry : updates) {
			try {
				outcomes.add(modify(entry.getKey(), entry.getValue(), durability));
			}
			catch (QueryException ex) {
				outcomes.add(ex);
			}
		}
		return outcomes;
	}

	@Override
	public synchronized long count() {
		return this.rows.size();
	}

	@Override
	public long approximateBytes() {
		return 0;
	}

	@Override
	public synchronized void createIndex(IndexDefinition definition) {
		if (this.indexes.containsKey(definition.name())) {
			throw QueryException.opFailed("Index `" + definition.name() + "` already exists on table `" + this.database
					+ "." + this.name + "`.");
		}
		this.indexes.put(definition.name(), definition);
	}

	@Override
	public synchronized void dropIndex(String index) {
		if (this.indexes.remove(index) == null) {
			throw QueryException
				.opFailed("Index `" + index + "` does not exist on table `" + this.database + "." + this.name + "`.");
		}
	}

	@Override
	public synchronized boolean renameIndex(String from, String to, boolean overwrite) {
		IndexDefinition definition = this.indexes.get(from);
		if (definition == null) {
			throw QueryException
				.opFailed("Index `" + from + "` does not exist on table `" + this.database + "." + this.name + "`.");
		}
		if (!overwrite && !from.equals(to) && this.indexes.containsKey(to)) {
			throw QueryException
				.opFailed("Index `" + to + "` already exists on table `" + this.database + "." + this.name + "`.");
		}
		this.indexes.remove(from);
		this.indexes.put(to, new IndexDefinition(to, definition.function(), definition.multi(), definition.geo()));
		return !from.equals(to);
	}

	@Override
	public synchronized List<IndexStatus> indexes() {
		return this.indexes.values().stream().map((definition) -> new IndexStatus(definition, true, 1.0)).toList();
	}

	@Override
	public List<IndexStatus> awaitIndexes(List<String> names) {
		return indexes().stream()
			.filter((status) -> names.isEmpty() || names.contains(status.definition().name()))
			.toList();
	}

	@Override
	public void sync() {
	}

	@Override
	public AutoCloseable subscribe(ChangeListener listener) {
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	private static RowIterator iterator(List<Map<String, Object>> rows) {
		Iterator<Map<String, Object>> iterator = rows.iterator();
		return new RowIterator() {

			@Override
			public boolean hasNext() {
				return iterator.hasNext();
			}

			@Override
			public Map<String, Object> next() {
				return iterator.next();
			}

			@Override
			public void close() {
			}

		};
	}

}
