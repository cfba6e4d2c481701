package io.quire.engine.term;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.IndexDefinition;
import io.quire.engine.catalog.IndexKeyFunction;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.DatumOrder;
import io.quire.engine.datum.Times;
import io.quire.engine.index.SecondaryKeyRules;
import org.jspecify.annotations.Nullable;

/** Compiles stored index functions (FUNC term JSON) into key functions. */
public final class IndexFunctions {

	private IndexFunctions() {
	}

	/**
	 * The key function of a stored index; failures and null give no keys, and a
	 * {@code multi} index gets one key per distinct array element. Values RethinkDB
	 * cannot store as secondary keys (objects, arrays holding objects or null,
	 * {@code r.minval}, ...) give no key either, so the row is left out of the index.
	 */
	public static IndexKeyFunction compile(IndexDefinition definition) {
		IndexKeyFunction keys = values(definition);
		return definition.geo() ? GeoIndexes.cellKeys(keys) : indexable(keys);
	}

	/**
	 * The values of an index's function (split for {@code multi}), before they become
	 * keys: the geometries of a geospatial index.
	 */
	static IndexKeyFunction values(IndexDefinition definition) {
		Func func = function(definition.function());
		return definition.multi() ? (document) -> multiKeys(func, document) : (document) -> keys(func, document);
	}

	private static IndexKeyFunction indexable(IndexKeyFunction keys) {
		return (document) -> {
			List<Object> all = keys.keys(document);
			return all.stream().allMatch(SecondaryKeyRules::indexable) ? all
					: all.stream().filter(SecondaryKeyRules::indexable).toList();
		};
	}

	/**
	 * The key function of a one-argument FUNC term taken as is (one key, arrays not
	 * split).
	 */
	static IndexKeyFunction compileFunction(Object funcTerm) {
		Func func = function(funcTerm);
		return indexable((document) -> keys(func, document));
	}

	private static List<Object> multiKeys(Func func, Map<String, Object> document) {
		List<Object> keys = keys(func, document);
		if (keys.size() == 1 && keys.get(0) instanceof List<?> elements) {
			TreeSet<@Nullable Object> distinct = new TreeSet<>(DatumOrder.COMPARATOR);
			distinct.addAll(elements);
			distinct.remove(null);
			return new ArrayList<>(distinct);
		}
		return keys;
	}

	static Func function(Object funcTerm) {
		QueryContext context = new QueryContext(null, "test", Times.time(Instant.EPOCH),
				QueryContext.DEFAULT_ARRAY_LIMIT, null);
		Object value = Compiler.compile(funcTerm).eval(Env.root(context));
		if (!(value instanceof Func func) || func.arity() > 1) {
			throw QueryException.queryLogic("Index functions must take exactly one argument.");
		}
		return func;
	}

	private static List<Object> keys(Func func, Map<String, Object> document) {
		try {
			Object key = func.apply(document);
			return (key == null) ? List.of() : List.of(key);
		}
		catch (QueryException ex) {
			return List.of();
		}
	}

	/**
	 * The definition of a table's index, with RethinkDB's error when it does not exist.
	 */
	static IndexDefinition definition(Table table, String name) {
		return table.indexes()
			.stream()
			.map((status) -> status.definition())
			.filter((d) -> d.name().equals(name))
			.findFirst()
			.orElseThrow(() -> QueryException.opFailed(
					"Index `" + name + "` was not found on table `" + table.database() + "." + table.name() + "`."));
	}

	/** The field-access FUNC term stored for {@code indexCreate('name')}. */
	static Object fieldFunction(String field) {
		return List.of(69, List.of(List.of(2, List.of(1)), List.of(31, List.of(List.of(10, List.of(1)), field))));
	}

}
