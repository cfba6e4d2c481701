package io.quire.engine.term;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Bound;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Change;
import io.quire.engine.catalog.ChangeListener;
import io.quire.engine.catalog.Durability;
import io.quire.engine.catalog.IndexDefinition;
import io.quire.engine.catalog.IndexStatus;
import io.quire.engine.catalog.RowIterator;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.DatumOrder;
import org.jspecify.annotations.Nullable;

/**
 * The read-only views of the {@code rethinkdb} system database, built from the catalog
 * when read: {@code db_config}, {@code table_config}, {@code table_status} and
 * {@code current_issues}. Used only when the catalog itself has no such table.
 */
final class SystemTables {

	static final String DATABASE = "rethinkdb";

	private static final List<String> NAMES = List.of("current_issues", "db_config", "table_config", "table_status");

	private SystemTables() {
	}

	static List<String> names() {
		return NAMES;
	}

	/** The view of that name, or {@code null}. */
	static @Nullable Table table(Catalog catalog, String name, Function<Table, Map<String, Object>> status) {
		return switch (name) {
			case "db_config" -> new View(name, () -> databases(catalog));
			case "table_config" ->
				new View(name, () -> tables(catalog, (table) -> catalog.tableConfig(table.database(), table.name())));
			case "table_status" -> new View(name, () -> tables(catalog, status::apply));
			case "current_issues" -> new View(name, List::of);
			default -> null;
		};
	}

	private static List<Map<String, Object>> databases(Catalog catalog) {
		List<Map<String, Object>> rows = new ArrayList<>();
		catalog.databaseNames().forEach((name) -> rows.add(catalog.database(name)));
		return rows;
	}

	private static List<Map<String, Object>> tables(Catalog catalog, Function<Table, Map<String, Object>> row) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String database : catalog.databaseNames()) {
			for (String name : catalog.tableNames(database)) {
				rows.add(row.apply(catalog.table(database, name)));
			}
		}
		return rows;
	}

	/**
	 * One system view: rows computed on every read, sorted by {@code id}; writes are
	 * refused.
	 */
	private static final class View implements Table {

		private final String name;

		private final Supplier<List<Map<String, Object>>> rows;

		View(String name, Supplier<List<Map<String, Object>>> rows) {
			this.name = name;
			this.rows = rows;
		}

		@Override
		public UUID id() {
			return UUID.nameUUIDFromBytes((DATABASE + "." + this.name).getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String database() {
			return DATABASE;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public String primaryKey() {
			return "id";
		}

		private List<Map<String, Object>> sorted(boolean descending) {
			List<Map<String, Object>> rows = new ArrayList<>(this.rows.get());
			rows.sort((a, b) -> DatumOrder.compare(a.get("id"), b.get("id")) * (descending ? -1 : 1));
			return rows;
		}

		@Override
		public @Nullable Map<String, Object> get(Object key) {
			return this.rows.get()
				.stream()
				.filter((row) -> DatumOrder.compare(row.get("id"), key) == 0)
				.findFirst()
				.orElse(null);
		}

		@Override
		public RowIterator scan(boolean descending) {
			return iterator(sorted(descending));
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
			return iterator(rows);
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
				throw QueryException
					.opFailed("Index `" + index + "` was not found on table `" + DATABASE + "." + this.name + "`.");
			}
		}

		private QueryException readOnly() {
			return QueryException.opFailed("The `" + DATABASE + "." + this.name + "` table is read-only in Quire.");
		}

		@Override
		public Change modify(Object key, UnaryOperator<@Nullable Map<String, Object>> update, Durability durability) {
			throw readOnly();
		}

		@Override
		public List<Object> modifyAll(List<Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>>> updates,
				Durability durability) {
			List<Object> outcomes = new ArrayList<>();
			updates.forEach((update) -> outcomes.add(readOnly()));
			return outcomes;
		}

		@Override
		public long count() {
			return this.rows.get().size();
		}

		@Override
		public long approximateBytes() {
			return 0;
		}

		private QueryException special() {
			return QueryException.opFailed(
					"Database `" + DATABASE + "` is special; you can't create secondary indexes on the tables in it.");
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
			throw QueryException
				.opFailed("Changefeeds on `" + DATABASE + "." + this.name + "` are not available in Quire.");
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

}
