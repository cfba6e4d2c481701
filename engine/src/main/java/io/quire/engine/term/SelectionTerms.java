package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.quire.engine.QueryException;
import io.quire.engine.system.SystemDatabase;
import io.quire.engine.catalog.Bound;
import io.quire.engine.catalog.DefaultCatalog;
import io.quire.engine.catalog.IndexKeyFunction;
import io.quire.engine.catalog.RowIterator;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.protocol.ErrorType;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/** Reading tables: DB, TABLE, GET, GET_ALL, BETWEEN and FILTER. */
final class SelectionTerms {

	private SelectionTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.DB).nondeterministic().args(1).is(SelectionTerms::db);
		specs.term(TermType.TABLE)
			.nondeterministic()
			.args(1, 2)
			.optargs("read_mode", "identifier_format", "use_outdated")
			.is(SelectionTerms::table);
		specs.term(TermType.GET).args(2).is(SelectionTerms::get);
		specs.term(TermType.GET_ALL).args(1, -1).optargs("index").is(SelectionTerms::getAll);
		specs.term(TermType.BETWEEN).args(3).optargs("index", "left_bound", "right_bound").is(SelectionTerms::between);
		specs.term(TermType.BETWEEN_DEPRECATED)
			.args(3)
			.optargs("index", "left_bound", "right_bound")
			.is(SelectionTerms::between);
		specs.term(TermType.FILTER).args(2).optargs("default").perGroup().is(SelectionTerms::filter);
	}

	private static Object db(Call call) {
		String name = call.string(0);
		DefaultCatalog.checkName("Database", name);
		return new DbRef(name);
	}

	private static Object table(Call call) {
		if (call.has("use_outdated") || call.context().hasGlobalOptarg("use_outdated")) {
			throw QueryException.queryLogic(
					"The `use_outdated` optarg is no longer supported.  " + "Use the `read_mode` optarg instead.");
		}
		if (call.has("read_mode") && call.opt("read_mode", null) == null) {
			throw Types.mismatch("STRING", null).withFrame("read_mode");
		}
		String readMode = call.optString("read_mode");
		if (readMode != null && !List.of("single", "majority", "outdated").contains(readMode)) {
			throw QueryException.queryLogic("Read mode `" + readMode
					+ "` unrecognized (options are \"majority\", \"single\", and \"outdated\").");
		}
		String database = (call.count() == 2) ? database(call, 0).name() : call.context().defaultDatabase();
		String name = call.string(call.count() - 1);
		DefaultCatalog.checkName("Table", name);
		if (!SystemDatabase.NAME.equals(database)) {
			call.context().beforeTableRead(readMode);
		}
		return TableRef.of(table(call, database, name));
	}

	/** A table of the catalog, or one of the {@code rethinkdb} database's tables. */
	static Table table(Call call, String database, String name) {
		return call.context().table(database, name);
	}

	/**
	 * Argument {@code i} as an existing database. A missing one is the DB term's error
	 * (its frame), as RethinkDB looks the database up when it evaluates {@code r.db}.
	 */
	static DbRef database(Call call, int i) {
		Object value = call.arg(i);
		if (value instanceof DbRef db) {
			if (!SystemDatabase.NAME.equals(db.name())) {
				call.framed(i, () -> call.context().catalog().database(db.name()));
			}
			return db;
		}
		throw Values.literalMismatch("DATABASE", value).withFrame(i);
	}

	/** Argument {@code i} as a table (a slice is not enough). */
	static TableRef table(Call call, int i) {
		Object value = call.arg(i);
		if (value instanceof TableRef table && !table.isSlice()) {
			return table;
		}
		throw Values.literalMismatch("TABLE", value).withFrame(i);
	}

	private static Object get(Call call) {
		Table table = table(call, 0).table();
		Object key = checkKey(call.datum(1));
		return new SingleRow(table, key, table.get(key));
	}

	/** A primary key value, checked as RethinkDB checks it. */
	static Object checkKey(@Nullable Object key) {
		if (key == null || (key instanceof Map && Datums.pseudoType(key) == null)) {
			throw QueryException
				.queryLogic("Primary keys must be either a number, string, bool, pseudotype or array (got type "
						+ Datums.typeName(key) + "):\n" + Printer.pretty(key));
		}
		return key;
	}

	private static Object getAll(Call call) {
		Table table = table(call, 0).table();
		String index = call.has("index") ? call.optString("index") : table.primaryKey();
		GeoIndexes.refuse(table, index);
		List<@Nullable Object> keys = call.datums(1);
		if (keys.contains(null)) {
			throw QueryException.nonExistence("Keys cannot be NULL.");
		}
		List<RowIterator> opened = new ArrayList<>();
		Iterator<@Nullable Object> rows = Lazy.flatMap(keys.iterator(), (key) -> {
			RowIterator iterator = table.getAll(index, key);
			opened.add(iterator);
			return iterator;
		});
		Stream stream = new Stream(rows, () -> opened.forEach(RowIterator::close), table, false);
		return stream.withMembers(hasAnyKey(table, index, keys));
	}

	/** Documents with one of the keys in the index. */
	private static Predicate<Map<String, Object>> hasAnyKey(Table table, String index, List<@Nullable Object> keys) {
		IndexKeyFunction function = index.equals(table.primaryKey())
				? (document) -> Collections.singletonList(document.get(index))
				: IndexFunctions.compile(IndexFunctions.definition(table, index));
		return (document) -> function.keys(document)
			.stream()
			.anyMatch((key) -> keys.stream().anyMatch((wanted) -> Datums.equal(wanted, key)));
	}

	private static Object between(Call call) {
		Object value = call.arg(0);
		if (value instanceof TableRef table && table.index() != null && !table.ordered()) {
			throw QueryException.queryLogic("Cannot perform multiple BETWEENs on the same table.");
		}
		if (!(value instanceof TableRef table)) {
			throw Values.literalMismatch("TABLE_SLICE", value).withFrame(0);
		}
		// without an index, between reads the index an orderBy before it chose
		String index = call.has("index") ? call.optString("index") : table.indexName();
		if (table.ordered() && !index.equals(table.indexName())) {
			throw QueryException.queryLogic("Cannot order by index `" + table.indexName()
					+ "` after calling BETWEEN on index `" + index + "`.");
		}
		if (call.arg(1) == Extremum.MAXVAL || call.arg(2) == Extremum.MINVAL) {
			return new Stream(Collections.emptyIterator(), null, table.table(), false);
		}
		Bound lower = bound(call, 1, "left_bound", "closed", Extremum.MINVAL);
		Bound upper = bound(call, 2, "right_bound", "open", Extremum.MAXVAL);
		return new TableRef(table.table(), index, lower, upper, table.descending(), table.ordered());
	}

	private static Bound bound(Call call, int i, String optarg, String fallback, Extremum unbounded) {
		String kind = (call.has(optarg)) ? call.optString(optarg) : fallback;
		if (!"open".equals(kind) && !"closed".equals(kind)) {
			throw QueryException.queryLogic(
					"Expected `open` or `closed` for optarg `" + optarg + "` (got `" + Printer.pretty(kind) + "`).");
		}
		Object value = call.arg(i);
		if (value == unbounded) {
			return Bound.none();
		}
		Object key = call.datum(i);
		if (key == null) {
			throw QueryException
				.queryLogic("Cannot use `null` in BETWEEN, use `r.minval` or `r.maxval` to denote unboundedness.");
		}
		return "closed".equals(kind) ? Bound.closed(key) : Bound.open(key);
	}

	private static Object filter(Call call) {
		Object source = call.arg(0);
		Object predicate = call.arg(1);
		Stream rows = Values.stream(source);
		Iterator<@Nullable Object> matching = Lazy.filter(rows,
				(row) -> call.framed(1, () -> matches(call, predicate, row)));
		Object result = Values.like(source, Stream.derived(rows, matching, true), call.context());
		Predicate<Map<String, Object>> base = (source instanceof TableRef table) ? FeedTerms.inRange(table)
				: ((source instanceof Stream stream) ? stream.members() : null);
		if (base != null && result instanceof Stream filtered) {
			filtered.withMembers(base.and((document) -> quietlyMatches(call, predicate, document)));
		}
		return result;
	}

	/**
	 * The filter on a document a writer just changed: any error means it does not match.
	 */
	private static boolean quietlyMatches(Call call, @Nullable Object predicate, Map<String, Object> document) {
		try {
			return matches(call, predicate, document);
		}
		catch (QueryException ex) {
			return false;
		}
	}

	private static boolean matches(Call call, @Nullable Object predicate, @Nullable Object row) {
		try {
			if (predicate instanceof Func func) {
				return func.filters(row);
			}
			Object pattern = Values.datum(predicate);
			return (pattern instanceof Map<?, ?> map) ? matchesObject(map, row) : Values.truthy(pattern);
		}
		catch (QueryException ex) {
			if (ex.errorType() != ErrorType.NON_EXISTENCE) {
				throw ex;
			}
			return call.has("default") && filterDefault(call, ex);
		}
	}

	private static boolean filterDefault(Call call, QueryException missing) {
		try {
			return Values.truthy(call.opt("default", false));
		}
		catch (QueryException ex) {
			throw ControlTerms.isEmptyError(ex) ? missing : ex;
		}
	}

	static boolean matchesObject(Map<?, ?> pattern, @Nullable Object row) {
		for (Map.Entry<?, ?> entry : pattern.entrySet()) {
			Object actual = ObjectTerms.field(row, (String) entry.getKey());
			Object expected = entry.getValue();
			boolean equal = (expected instanceof Map<?, ?> nested && Datums.pseudoType(expected) == null)
					? matchesObject(nested, actual) : Datums.equal(expected, actual);
			if (!equal) {
				return false;
			}
		}
		return true;
	}

}
