package io.quire.driver.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * A ReQL expression with the chainable terms: selection, transformation, aggregation,
 * documents, arithmetic and logic, strings, arrays, times and writes. Arguments may be
 * terms or any value {@link Reql#expr(Object)} accepts; function arguments may be lambdas
 * ({@link ReqlFunction1}, {@link ReqlFunction2}, {@link ReqlFunction3}) or terms using
 * {@code r.row}. Immutable: each method returns a new term.
 */
public class ReqlExpr extends ReqlAst {

	protected ReqlExpr(TermType termType, List<ReqlAst> args, Map<String, ReqlAst> optArgs) {
		super(termType, args, optArgs);
	}

	/**
	 * This term with an optional argument added, such as {@code optArg("index", "name")}.
	 */
	public ReqlExpr optArg(String name, @Nullable Object value) {
		return new ReqlExpr(termType(), args(), withOptArg(name, value));
	}

	/**
	 * This term with a function as optional argument, such as {@code insert}'s
	 * {@code conflict}.
	 */
	public ReqlExpr optArg(String name, ReqlFunction3 function) {
		return optArg(name, (Object) function);
	}

	Map<String, ReqlAst> withOptArg(String name, @Nullable Object value) {
		Map<String, ReqlAst> optArgs = new LinkedHashMap<>(optArgs());
		optArgs.put(name, Reql.toFunctionOrValue(value));
		return optArgs;
	}

	/** A term with this one as first argument. */
	protected ReqlExpr chain(TermType type, @Nullable Object @Nullable ... more) {
		List<ReqlAst> args = new ArrayList<>();
		args.add(this);
		args.addAll(Reql.toAsts(more));
		return new ReqlExpr(type, args, Map.of());
	}

	/**
	 * A term with this one as first argument and the rest as functions (lambdas or r.row
	 * terms).
	 */
	protected ReqlExpr chainFunctions(TermType type, Object... functions) {
		List<ReqlAst> args = new ArrayList<>(functions.length + 1);
		args.add(this);
		for (Object function : functions) {
			args.add(Reql.toFunctionOrValue(function));
		}
		return new ReqlExpr(type, args, Map.of());
	}

	// ---- documents and fields ----

	/**
	 * A field of an object, or the field of each object of a sequence:
	 * {@code row.g("age")}.
	 */
	public ReqlExpr g(String field) {
		return bracket(field);
	}

	/**
	 * A field by name or an element by index (BRACKET), as {@code row("f")} in other
	 * drivers.
	 */
	public ReqlExpr bracket(Object fieldOrIndex) {
		return chain(TermType.BRACKET, fieldOrIndex);
	}

	/** A field of an object (GET_FIELD). */
	public ReqlExpr getField(String field) {
		return chain(TermType.GET_FIELD, field);
	}

	/** Whether the object has the fields (or, on a sequence, the objects that do). */
	public ReqlExpr hasFields(Object... fields) {
		return chain(TermType.HAS_FIELDS, fields);
	}

	/** Only the given fields. */
	public ReqlExpr pluck(Object... fields) {
		return chain(TermType.PLUCK, fields);
	}

	/** Every field but the given ones. */
	public ReqlExpr without(Object... fields) {
		return chain(TermType.WITHOUT, fields);
	}

	/** Merge objects (or functions of the row giving objects) into this one. */
	public ReqlExpr merge(Object... objects) {
		return chainFunctions(TermType.MERGE, objects);
	}

	/** Merge the object the function gives for this one. */
	public ReqlExpr merge(ReqlFunction1 function) {
		return chainFunctions(TermType.MERGE, function);
	}

	/** The field names of an object. */
	public ReqlExpr keys() {
		return chain(TermType.KEYS);
	}

	/** The field values of an object. */
	public ReqlExpr values() {
		return chain(TermType.VALUES);
	}

	/**
	 * The value, or the given default when it is null or missing (a value or a function
	 * of the error).
	 */
	public ReqlExpr default_(Object value) {
		return chainFunctions(TermType.DEFAULT, value);
	}

	/**
	 * The value, or what the function of the error message gives when it is null or
	 * missing.
	 */
	public ReqlExpr default_(ReqlFunction1 function) {
		return chainFunctions(TermType.DEFAULT, function);
	}

	// ---- selection ----

	/**
	 * The rows (or elements) for which the predicate holds; the predicate may be an
	 * object to match.
	 */
	public ReqlExpr filter(Object predicate) {
		return chainFunctions(TermType.FILTER, predicate);
	}

	/** {@link #filter(Object)} with a lambda. */
	public ReqlExpr filter(ReqlFunction1 predicate) {
		return chainFunctions(TermType.FILTER, predicate);
	}

	/**
	 * The rows between two keys of the primary key, or of the index given with
	 * {@code optArg("index", ...)}.
	 */
	public ReqlExpr between(Object lower, Object upper) {
		return chain(TermType.BETWEEN, lower, upper);
	}

	/**
	 * Sort by fields, functions, {@code r.asc(...)} or {@code r.desc(...)}; add
	 * {@code optArg("index", ...)} to use an index.
	 */
	public ReqlExpr orderBy(Object... keys) {
		return chainFunctions(TermType.ORDER_BY, keys);
	}

	/** Sort by the value of the function. */
	public ReqlExpr orderBy(ReqlFunction1 key) {
		return chainFunctions(TermType.ORDER_BY, key);
	}

	/** Skip the first rows. */
	public ReqlExpr skip(long count) {
		return chain(TermType.SKIP, count);
	}

	/** At most this many rows. */
	public ReqlExpr limit(long count) {
		return chain(TermType.LIMIT, count);
	}

	/** The rows from {@code start} to the end. */
	public ReqlExpr slice(long start) {
		return chain(TermType.SLICE, start);
	}

	/** The rows from {@code start} (inclusive) to {@code end} (exclusive). */
	public ReqlExpr slice(long start, long end) {
		return chain(TermType.SLICE, start, end);
	}

	/** The row at the index (negative counts from the end). */
	public ReqlExpr nth(long index) {
		return chain(TermType.NTH, index);
	}

	/** Drop duplicate rows. */
	public ReqlExpr distinct() {
		return chain(TermType.DISTINCT);
	}

	/** Whether the sequence is empty. */
	public ReqlExpr isEmpty() {
		return chain(TermType.IS_EMPTY);
	}

	/** Whether the sequence contains the values (or rows matching the predicates). */
	public ReqlExpr contains(Object... valuesOrPredicates) {
		return chainFunctions(TermType.CONTAINS, valuesOrPredicates);
	}

	/** Whether some row satisfies the predicate. */
	public ReqlExpr contains(ReqlFunction1 predicate) {
		return chainFunctions(TermType.CONTAINS, predicate);
	}

	// ---- transformation ----

	/** Transform each row. */
	public ReqlExpr map(ReqlFunction1 function) {
		return chainFunctions(TermType.MAP, function);
	}

	/** Transform each row into a sequence and concatenate them. */
	public ReqlExpr concatMap(ReqlFunction1 function) {
		return chainFunctions(TermType.CONCAT_MAP, function);
	}

	/** This sequence followed by the others. */
	public ReqlExpr union(Object... sequences) {
		return chain(TermType.UNION, sequences);
	}

	/** Merge the {@code left} and {@code right} of join results into one object. */
	public ReqlExpr zip() {
		return chain(TermType.ZIP);
	}

	/**
	 * Join each row's field to the primary key (or {@code optArg("index", ...)}) of a
	 * table.
	 */
	public ReqlExpr eqJoin(Object fieldOrFunction, Table table) {
		return new ReqlExpr(TermType.EQ_JOIN, List.of(this, Reql.toFunctionOrValue(fieldOrFunction), table), Map.of());
	}

	/**
	 * Join the value of the function of each row to the primary key (or index) of a
	 * table.
	 */
	public ReqlExpr eqJoin(ReqlFunction1 function, Table table) {
		return eqJoin((Object) function, table);
	}

	/** The pairs of rows of this and the other sequence for which the predicate holds. */
	public ReqlExpr innerJoin(Object other, ReqlFunction2 predicate) {
		return new ReqlExpr(TermType.INNER_JOIN, List.of(this, Reql.toAst(other), Reql.toFunctionOrValue(predicate)),
				Map.of());
	}

	// ---- aggregation ----

	/** The number of rows (or elements, characters, fields). */
	public ReqlExpr count() {
		return chain(TermType.COUNT);
	}

	/** The number of rows equal to the value or matching the predicate. */
	public ReqlExpr count(Object valueOrPredicate) {
		return chainFunctions(TermType.COUNT, valueOrPredicate);
	}

	/** The number of rows matching the predicate. */
	public ReqlExpr count(ReqlFunction1 predicate) {
		return chainFunctions(TermType.COUNT, predicate);
	}

	/**
	 * Group rows by fields or functions; follow with an aggregation and
	 * {@link #ungroup()}.
	 */
	public ReqlExpr group(Object... fieldsOrFunctions) {
		return chainFunctions(TermType.GROUP, fieldsOrFunctions);
	}

	/** Group rows by the value of the function. */
	public ReqlExpr group(ReqlFunction1 function) {
		return chainFunctions(TermType.GROUP, function);
	}

	/** Turn grouped data into an array of {@code {group, reduction}} objects. */
	public ReqlExpr ungroup() {
		return chain(TermType.UNGROUP);
	}

	/** The sum of the rows, or of a field or function of them. */
	public ReqlExpr sum(Object... fieldOrFunction) {
		return chainFunctions(TermType.SUM, fieldOrFunction);
	}

	/** As {@link #sum(Object...)} over the value of the function. */
	public ReqlExpr sum(ReqlFunction1 function) {
		return chainFunctions(TermType.SUM, function);
	}

	/** The average of the rows, or of a field or function of them. */
	public ReqlExpr avg(Object... fieldOrFunction) {
		return chainFunctions(TermType.AVG, fieldOrFunction);
	}

	/** As {@link #avg(Object...)} over the value of the function. */
	public ReqlExpr avg(ReqlFunction1 function) {
		return chainFunctions(TermType.AVG, function);
	}

	/** The smallest row, or the row with the smallest field or function value. */
	public ReqlExpr min(Object... fieldOrFunction) {
		return chainFunctions(TermType.MIN, fieldOrFunction);
	}

	/** As {@link #min(Object...)} over the value of the function. */
	public ReqlExpr min(ReqlFunction1 function) {
		return chainFunctions(TermType.MIN, function);
	}

	/** The largest row, or the row with the largest field or function value. */
	public ReqlExpr max(Object... fieldOrFunction) {
		return chainFunctions(TermType.MAX, fieldOrFunction);
	}

	/** As {@link #max(Object...)} over the value of the function. */
	public ReqlExpr max(ReqlFunction1 function) {
		return chainFunctions(TermType.MAX, function);
	}

	/** Combine the rows pairwise with the function. */
	public ReqlExpr reduce(ReqlFunction2 function) {
		return chainFunctions(TermType.REDUCE, function);
	}

	// ---- comparison and logic ----

	public ReqlExpr eq(Object... values) {
		return chain(TermType.EQ, values);
	}

	public ReqlExpr ne(Object... values) {
		return chain(TermType.NE, values);
	}

	public ReqlExpr lt(Object... values) {
		return chain(TermType.LT, values);
	}

	public ReqlExpr le(Object... values) {
		return chain(TermType.LE, values);
	}

	public ReqlExpr gt(Object... values) {
		return chain(TermType.GT, values);
	}

	public ReqlExpr ge(Object... values) {
		return chain(TermType.GE, values);
	}

	public ReqlExpr and(Object... values) {
		return chain(TermType.AND, values);
	}

	public ReqlExpr or(Object... values) {
		return chain(TermType.OR, values);
	}

	public ReqlExpr not() {
		return chain(TermType.NOT);
	}

	/** If this is true then {@code then}, else {@code otherwise}. */
	public ReqlExpr branch(@Nullable Object then, @Nullable Object otherwise) {
		return chain(TermType.BRANCH, then, otherwise);
	}

	/** Call the function with this value: {@code value.do_(x -> ...)}. */
	public ReqlExpr do_(ReqlFunction1 function) {
		return new ReqlExpr(TermType.FUNCALL, List.of(Reql.toFunctionOrValue(function), this), Map.of());
	}

	// ---- arithmetic ----

	/** Sum of numbers, or concatenation of strings and arrays. */
	public ReqlExpr add(Object... values) {
		return chain(TermType.ADD, values);
	}

	public ReqlExpr sub(Object... values) {
		return chain(TermType.SUB, values);
	}

	public ReqlExpr mul(Object... values) {
		return chain(TermType.MUL, values);
	}

	public ReqlExpr div(Object... values) {
		return chain(TermType.DIV, values);
	}

	public ReqlExpr mod(Object value) {
		return chain(TermType.MOD, value);
	}

	// ---- strings ----

	/** Match a regular expression (RE2 syntax); null when it does not match. */
	public ReqlExpr match(String regex) {
		return chain(TermType.MATCH, regex);
	}

	public ReqlExpr upcase() {
		return chain(TermType.UPCASE);
	}

	public ReqlExpr downcase() {
		return chain(TermType.DOWNCASE);
	}

	/**
	 * Split on whitespace, or on the separator, at most {@code maxSplits} times when
	 * given.
	 */
	public ReqlExpr split(Object... separatorAndMaxSplits) {
		return chain(TermType.SPLIT, separatorAndMaxSplits);
	}

	// ---- arrays ----

	public ReqlExpr append(Object value) {
		return chain(TermType.APPEND, value);
	}

	public ReqlExpr prepend(Object value) {
		return chain(TermType.PREPEND, value);
	}

	public ReqlExpr insertAt(long index, Object value) {
		return chain(TermType.INSERT_AT, index, value);
	}

	public ReqlExpr deleteAt(long index, long... end) {
		return (end.length == 0) ? chain(TermType.DELETE_AT, index) : chain(TermType.DELETE_AT, index, end[0]);
	}

	/** The elements not in the other array. */
	public ReqlExpr difference(Object array) {
		return chain(TermType.DIFFERENCE, array);
	}

	public ReqlExpr setInsert(Object value) {
		return chain(TermType.SET_INSERT, value);
	}

	public ReqlExpr setUnion(Object array) {
		return chain(TermType.SET_UNION, array);
	}

	public ReqlExpr setDifference(Object array) {
		return chain(TermType.SET_DIFFERENCE, array);
	}

	// ---- types ----

	/**
	 * Convert to {@code "array"}, {@code "object"}, {@code "string"} or {@code "number"}.
	 */
	public ReqlExpr coerceTo(String type) {
		return chain(TermType.COERCE_TO, type);
	}

	public ReqlExpr typeOf() {
		return chain(TermType.TYPE_OF);
	}

	public ReqlExpr info() {
		return chain(TermType.INFO);
	}

	// ---- times ----

	public ReqlExpr toEpochTime() {
		return chain(TermType.TO_EPOCH_TIME);
	}

	public ReqlExpr toIso8601() {
		return chain(TermType.TO_ISO8601);
	}

	/** Whether the time is in {@code [start, end)}. */
	public ReqlExpr during(Object start, Object end) {
		return chain(TermType.DURING, start, end);
	}

	// ---- writes ----

	/** Update the selected documents with an object or a function of each. */
	public ReqlExpr update(Object objectOrFunction) {
		return chainFunctions(TermType.UPDATE, objectOrFunction);
	}

	/** Update each selected document with the object the function gives for it. */
	public ReqlExpr update(ReqlFunction1 function) {
		return chainFunctions(TermType.UPDATE, function);
	}

	/** Replace the selected documents with an object or a function of each. */
	public ReqlExpr replace(Object objectOrFunction) {
		return chainFunctions(TermType.REPLACE, objectOrFunction);
	}

	/** Replace each selected document with the one the function gives for it. */
	public ReqlExpr replace(ReqlFunction1 function) {
		return chainFunctions(TermType.REPLACE, function);
	}

	/** Delete the selected documents. */
	public ReqlExpr delete() {
		return chain(TermType.DELETE);
	}

	// ---- changefeeds ----

	/**
	 * A changefeed on this table, {@code get}, {@code filter}/{@code map}/{@code pluck}
	 * of a table, {@code between}/{@code getAll} by index or
	 * {@code orderBy(index).limit(n)}: set its options, then {@code run} it as a
	 * {@link io.quire.driver.ChangeCursor} or subscribe to its {@code publisher}.
	 */
	public Changes changes() {
		return new Changes(this, java.util.Map.of(), null);
	}

}
