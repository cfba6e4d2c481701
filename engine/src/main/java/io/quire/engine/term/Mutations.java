package io.quire.engine.term;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.protocol.ErrorType;
import io.quire.protocol.ResponseType;
import org.jspecify.annotations.Nullable;

/**
 * How one document changes under INSERT conflicts, UPDATE and REPLACE, with RethinkDB's
 * errors.
 */
final class Mutations {

	/** RethinkDB's error for a document holding {@code r.minval} or {@code r.maxval}. */
	private static final int MAX_STORED_ARRAY = 100_000;

	static final String EXTREMUM_WRITE = "`r.minval` and `r.maxval` cannot be written to disk.";

	private Mutations() {
	}

	/**
	 * UPDATE and REPLACE apply their argument inside each row's atomic write, so without
	 * {@code non_atomic: true} it must be deterministic (r.now() counts: it is fixed for
	 * the query). Returns the call.
	 */
	static Call checkedAtomic(Call call) {
		if (!call.optBool("non_atomic", false) && !Determinism.ofArgument(call.node(), 1).isProvenWithConstantNow()) {
			throw QueryException
				.queryLogic("Could not prove argument deterministic.  Maybe you want to use the non_atomic flag?");
		}
		return call;
	}

	/** UPDATE: merges the patch (or the function's result) into an existing document. */
	static @Nullable Map<String, Object> update(Table table, @Nullable Map<String, Object> old,
			@Nullable Object patch) {
		if (old == null) {
			return null;
		}
		Object change = evaluate(patch, old);
		if (change == null) {
			return old;
		}
		if (!(change instanceof Map<?, ?>) || Datums.pseudoType(change) != null) {
			throw QueryException.queryLogic("Expected type OBJECT but found " + Datums.typeName(change) + ".");
		}
		Map<String, Object> updated = Types.object(Paths.merge(old, change));
		checkStorable(updated);
		checkKeyUnchanged(table, old, updated);
		return updated;
	}

	/**
	 * REPLACE: the patch (or the function's result) becomes the document; null deletes
	 * it.
	 */
	static @Nullable Map<String, Object> replace(Table table, @Nullable Map<String, Object> old,
			@Nullable Object patch) {
		Object replacement = evaluate(patch, old);
		if (replacement == null) {
			return null;
		}
		if (!(replacement instanceof Map<?, ?>) || Datums.pseudoType(replacement) != null) {
			throw QueryException.queryLogic("Inserted value must be an OBJECT (got " + Datums.typeName(replacement)
					+ "):\n" + Printer.pretty(replacement));
		}
		Map<String, Object> document = new TreeMap<>(Types.object(Paths.stripLiterals(replacement)));
		checkStorable(document);
		if (!document.containsKey(table.primaryKey())) {
			throw QueryException.queryLogic(
					"Inserted object must have primary key `" + table.primaryKey() + "`:\n" + Printer.pretty(document));
		}
		if (old != null) {
			checkKeyUnchanged(table, old, document);
		}
		return document;
	}

	private static @Nullable Object evaluate(@Nullable Object patch, @Nullable Map<String, Object> old) {
		if (patch instanceof FailedPatch failed) {
			throw failed.error();
		}
		return (patch instanceof Func func) ? func.apply(old) : patch;
	}

	/**
	 * An UPDATE or REPLACE argument whose evaluation failed: every row it reaches records
	 * the error.
	 */
	record FailedPatch(QueryException error) {

		/**
		 * Whether the error belongs to the value itself (and so to each row), not to the
		 * query or the server.
		 */
		static boolean isPerRow(QueryException ex) {
			return ex.responseType() == ResponseType.RUNTIME_ERROR
					&& (ex.errorType() == ErrorType.USER || ex.errorType() == ErrorType.QUERY_LOGIC
							|| ex.errorType() == ErrorType.NON_EXISTENCE || ex.errorType() == ErrorType.RESOURCE_LIMIT);
		}

	}

	private static void checkStorable(Map<String, Object> document) {
		String refusal = storageRefusal(document);
		if (refusal != null) {
			throw QueryException.queryLogic(refusal);
		}
	}

	/**
	 * Why RethinkDB would not write the document to disk ({@code r.minval} inside, or an
	 * array of more than 100,000 elements at any depth), or {@code null}. One walk over
	 * the document, which every insert and update makes.
	 */
	static @Nullable String storageRefusal(Map<String, Object> document) {
		return switch (refusalIn(document)) {
			case EXTREMUM -> EXTREMUM_WRITE;
			case LARGE_ARRAY -> "Array too large for disk writes (limit 100,000 elements).";
			default -> null;
		};
	}

	private static final int NO_REFUSAL = 0;

	private static final int LARGE_ARRAY = 1;

	/** Outranks {@link #LARGE_ARRAY}: an extremum anywhere is what is reported. */
	private static final int EXTREMUM = 2;

	private static int refusalIn(@Nullable Object datum) {
		if (datum instanceof List<?> list) {
			return refusalIn(list, (list.size() > MAX_STORED_ARRAY) ? LARGE_ARRAY : NO_REFUSAL);
		}
		if (datum instanceof Map<?, ?> map) {
			return refusalIn(map.values(), NO_REFUSAL);
		}
		return Datums.isExtremum(datum) ? EXTREMUM : NO_REFUSAL;
	}

	private static int refusalIn(Iterable<?> parts, int found) {
		int worst = found;
		for (Object part : parts) {
			if (part instanceof String) {
				continue;
			}
			worst = Math.max(worst, refusalIn(part));
			if (worst == EXTREMUM) {
				return worst;
			}
		}
		return worst;
	}

	private static void checkKeyUnchanged(Table table, Map<String, Object> old, Map<String, Object> updated) {
		String key = table.primaryKey();
		if (!Datums.equal(old.get(key), updated.get(key))) {
			throw QueryException.queryLogic("Primary key `" + key + "` cannot be changed (`" + Printer.pretty(old)
					+ "` -> `" + Printer.pretty(updated) + "`).");
		}
	}

	/** INSERT's {@code conflict} optarg. */
	interface Conflict {

		UnaryOperator<@Nullable Map<String, Object>> resolver(Table table, Map<String, Object> row);

	}

	static Conflict conflict(Call call) {
		Object option = call.has("conflict") ? call.optValue("conflict") : "error";
		if (option instanceof Func func) {
			checkDeterministicConflict(call);
			if (!func.accepts(3)) {
				throw QueryException.queryLogic("The conflict function passed to `insert` should expect 3 arguments.");
			}
			return (table, row) -> (old) -> (old == null) ? row : resolveWith(func, table, old, row);
		}
		String name = Types.string(Values.datum(option));
		return switch (name) {
			case "error" -> (table, row) -> (old) -> {
				if (old != null) {
					throw duplicate(table, old, row);
				}
				return row;
			};
			case "replace" -> (table, row) -> (old) -> row;
			case "update" -> (table, row) -> (old) -> (old == null) ? row : Types.object(Paths.merge(old, row));
			default ->
				throw QueryException
					.queryLogic("Conflict option `" + name
							+ "` unrecognized (options are \"error\", \"replace\" and \"update\").")
					.withFrame("conflict");
		};
	}

	private static void checkDeterministicConflict(Call call) {
		Node function = call.node().optargs().get("conflict");
		if (function != null && !function.determinism().isProvenWithConstantNow()) {
			throw QueryException.queryLogic("The conflict function passed to `insert` must be deterministic.");
		}
	}

	private static @Nullable Map<String, Object> resolveWith(Func func, Table table, Map<String, Object> old,
			Map<String, Object> row) {
		Object resolved = func.apply(row.get(table.primaryKey()), old, row);
		if (resolved == null) {
			return null;
		}
		if (!(resolved instanceof Map) || Datums.pseudoType(resolved) != null) {
			throw QueryException.queryLogic("Inserted value must be an OBJECT (got " + Datums.typeName(resolved)
					+ "):\n" + Printer.pretty(resolved));
		}
		Map<String, Object> document = Types.object(resolved);
		checkKeyUnchanged(table, old, document);
		return new TreeMap<>(document);
	}

	static QueryException duplicate(Table table, Map<String, Object> old, Map<String, Object> row) {
		return QueryException.opFailed("Duplicate primary key `" + table.primaryKey() + "`:\n" + Printer.pretty(old)
				+ "\n" + Printer.pretty(row));
	}

}
