package io.quire.driver.query;

import java.lang.reflect.Array;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quire.driver.internal.DocumentMapper;
import io.quire.protocol.TermType;
import io.quire.protocol.pseudo.PseudoTypes;
import org.jspecify.annotations.Nullable;

/**
 * The top of the ReQL builder, reached as {@link io.quire.driver.Quire#r}: databases,
 * tables, literal values ({@link #expr(Object)}), time, control flow and the other terms
 * that do not start from a sequence.
 */
public final class Reql {

	/** Use the shared instance {@link io.quire.driver.Quire#r}. */
	public Reql() {
	}

	/** A database. */
	public Db db(String name) {
		return new Db(List.of(toAst(name)));
	}

	/** A table of the connection's (or the run's) default database. */
	public Table table(String name) {
		return new Table(List.of(toAst(name)), Map.of());
	}

	/**
	 * A Java value as a term: {@code null}, booleans, numbers, strings, enums (by name),
	 * UUIDs, maps (objects), collections and arrays (arrays), {@code OffsetDateTime},
	 * {@code ZonedDateTime}, {@code Instant}, {@code Date} and {@code LocalDate} (TIME),
	 * {@code byte[]} (BINARY), lambdas (functions), terms (themselves) and other objects
	 * (mapped to objects with Jackson).
	 */
	public ReqlExpr expr(@Nullable Object value) {
		ReqlAst ast = toAst(value);
		return (ast instanceof ReqlExpr expr) ? expr : new ReqlExpr(ast.termType(), ast.args(), ast.optArgs());
	}

	/**
	 * The row of the innermost function, for one-parameter functions written without a
	 * lambda.
	 */
	public ReqlExpr row() {
		return new ReqlExpr(TermType.IMPLICIT_VAR, List.of(), Map.of());
	}

	/** {@code r.row(field)}: a field of the implicit row. */
	public ReqlExpr row(String field) {
		return row().bracket(field);
	}

	/** An array of the values. */
	public ReqlExpr array(@Nullable Object... values) {
		return new ReqlExpr(TermType.MAKE_ARRAY, toAsts(values), Map.of());
	}

	/** Create a database. */
	public ReqlExpr dbCreate(String name) {
		return term(TermType.DB_CREATE, name);
	}

	/** Drop a database. */
	public ReqlExpr dbDrop(String name) {
		return term(TermType.DB_DROP, name);
	}

	/** The names of the databases. */
	public ReqlExpr dbList() {
		return term(TermType.DB_LIST);
	}

	/**
	 * Grant or revoke a user's permissions everywhere (the global scope): each of
	 * {@code read}, {@code write}, {@code config}, {@code connect} set to {@code true},
	 * {@code false} or {@code null} (inherit). The result holds {@code granted} and
	 * {@code permissions_changes}.
	 */
	public ReqlExpr grant(String user, Map<String, ?> permissions) {
		return term(TermType.GRANT, user, permissions);
	}

	/** The time the query started, the same everywhere in the query. */
	public ReqlExpr now() {
		return term(TermType.NOW);
	}

	/** A date at midnight: {@code r.time(2024, 5, 1, "+02:00")}. */
	public ReqlExpr time(int year, int month, int day, String timezone) {
		return term(TermType.TIME, year, month, day, timezone);
	}

	/** A date and time; seconds may have a fraction. */
	public ReqlExpr time(int year, int month, int day, int hour, int minute, double second, String timezone) {
		return term(TermType.TIME, year, month, day, hour, minute, second, timezone);
	}

	/** A time from seconds since the epoch, in UTC. */
	public ReqlExpr epochTime(double seconds) {
		return term(TermType.EPOCH_TIME, seconds);
	}

	/** A time from ISO-8601 text. */
	public ReqlExpr iso8601(String text) {
		return term(TermType.ISO8601, text);
	}

	/** A random UUID, or the UUID derived from the text. */
	public ReqlExpr uuid(Object... text) {
		return term(TermType.UUID, text);
	}

	/**
	 * {@code r.args(array)}: splices the elements of the array into the arguments of the
	 * enclosing term.
	 */
	public ReqlExpr args(Object array) {
		return term(TermType.ARGS, array);
	}

	/** {@code r.branch(test, then, [test2, then2, ...,] otherwise)}. */
	public ReqlExpr branch(@Nullable Object test, @Nullable Object then, @Nullable Object @Nullable ... more) {
		List<ReqlAst> args = new ArrayList<>(toAsts(test, then));
		args.addAll(toAsts(more));
		return new ReqlExpr(TermType.BRANCH, args, Map.of());
	}

	/** Fail the query with a USER error and the message. */
	public ReqlExpr error(String message) {
		return term(TermType.ERROR, message);
	}

	/**
	 * A value that replaces instead of merging, inside {@code update} and {@code merge}.
	 */
	public ReqlExpr literal(Object... value) {
		return term(TermType.LITERAL, value);
	}

	/** Call the function with the arguments: {@code r.do_(a, b, (x, y) -> x.add(y))}. */
	public ReqlExpr do_(Object... argsThenFunction) {
		if (argsThenFunction.length == 0) {
			throw new IllegalArgumentException("do_ needs a function");
		}
		Object function = argsThenFunction[argsThenFunction.length - 1];
		List<ReqlAst> args = new ArrayList<>();
		args.add(toFunction(function, argsThenFunction.length - 1));
		for (int i = 0; i < argsThenFunction.length - 1; i++) {
			args.add(toAst(argsThenFunction[i]));
		}
		return new ReqlExpr(TermType.FUNCALL, args, Map.of());
	}

	/** Logical and of the values. */
	public ReqlExpr and(Object... values) {
		return term(TermType.AND, values);
	}

	/** Logical or of the values. */
	public ReqlExpr or(Object... values) {
		return term(TermType.OR, values);
	}

	/** Logical negation. */
	public ReqlExpr not(Object value) {
		return term(TermType.NOT, value);
	}

	/** Ascending order on a field or function, inside {@code orderBy}. */
	public ReqlExpr asc(Object fieldOrFunction) {
		return new ReqlExpr(TermType.ASC, List.of(toFunctionOrValue(fieldOrFunction)), Map.of());
	}

	/** Ascending order on the value of the function. */
	public ReqlExpr asc(ReqlFunction1 function) {
		return asc((Object) function);
	}

	/** Descending order on a field or function, inside {@code orderBy}. */
	public ReqlExpr desc(Object fieldOrFunction) {
		return new ReqlExpr(TermType.DESC, List.of(toFunctionOrValue(fieldOrFunction)), Map.of());
	}

	/** Descending order on the value of the function. */
	public ReqlExpr desc(ReqlFunction1 function) {
		return desc((Object) function);
	}

	/** The smallest value, for {@code between}. */
	public ReqlExpr minval() {
		return term(TermType.MINVAL);
	}

	/** The largest value, for {@code between}. */
	public ReqlExpr maxval() {
		return term(TermType.MAXVAL);
	}

	/** Bytes as a BINARY value. */
	public ReqlExpr binary(byte[] bytes) {
		return expr(bytes);
	}

	/** A term of any type, for terms this builder has no method for. */
	public ReqlExpr term(TermType type, @Nullable Object @Nullable ... args) {
		return new ReqlExpr(type, toAsts(args), Map.of());
	}

	static List<ReqlAst> toAsts(@Nullable Object @Nullable ... values) {
		if (values == null) {
			return List.of(new Datum(null));
		}
		List<ReqlAst> asts = new ArrayList<>(values.length);
		for (Object value : values) {
			asts.add(toAst(value));
		}
		return asts;
	}

	/** Convert a Java value to a term; see {@link #expr(Object)}. */
	static ReqlAst toAst(@Nullable Object value) {
		if (value instanceof ReqlAst ast) {
			return ast;
		}
		if (value == null || value instanceof Boolean || value instanceof String) {
			return new Datum(value);
		}
		if (value instanceof Number number) {
			return new Datum(checkNumber(number));
		}
		if (value instanceof Character || value instanceof UUID || value instanceof Enum<?>) {
			return new Datum((value instanceof Enum<?> e) ? e.name() : value.toString());
		}
		if (isTimeOrBinary(value)) {
			return toAst(PseudoTypes.toReql(value));
		}
		return toCompositeAst(value);
	}

	private static ReqlAst toCompositeAst(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, ReqlAst> fields = new LinkedHashMap<>();
			map.forEach((key, fieldValue) -> fields.put(String.valueOf(key), toAst(fieldValue)));
			return new MakeObj(fields);
		}
		if (value instanceof Collection<?> collection) {
			return new ReqlExpr(TermType.MAKE_ARRAY, toAsts(collection.toArray()), Map.of());
		}
		if (value.getClass().isArray()) {
			return new ReqlExpr(TermType.MAKE_ARRAY, toAsts(arrayElements(value)), Map.of());
		}
		if (value instanceof ReqlFunction1 || value instanceof ReqlFunction2 || value instanceof ReqlFunction3) {
			return toFunction(value, -1);
		}
		return toAst(DocumentMapper.shared().toPlain(value));
	}

	private static boolean isTimeOrBinary(Object value) {
		return value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Instant
				|| value instanceof Date || value instanceof LocalDate || value instanceof byte[];
	}

	private static Object[] arrayElements(Object array) {
		Object[] elements = new Object[Array.getLength(array)];
		for (int i = 0; i < elements.length; i++) {
			elements[i] = Array.get(array, i);
		}
		return elements;
	}

	private static Number checkNumber(Number number) {
		double value = number.doubleValue();
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("ReQL numbers must be finite, not " + number);
		}
		return number;
	}

	/**
	 * A function argument: a lambda is compiled, a term using {@code r.row} is wrapped
	 * into a one-parameter function, anything else becomes a term.
	 */
	static ReqlAst toFunctionOrValue(@Nullable Object value) {
		if (value instanceof ReqlFunction1 || value instanceof ReqlFunction2 || value instanceof ReqlFunction3) {
			return toFunction(value, -1);
		}
		ReqlAst ast = toAst(value);
		return ast.usesImplicitVar() ? Func.wrapImplicit(ast) : ast;
	}

	private static ReqlAst toFunction(Object function, int expectedArity) {
		if (function instanceof ReqlFunction1 f) {
			return Func.of(1, (vars) -> f.apply(vars.get(0)));
		}
		if (function instanceof ReqlFunction2 f) {
			return Func.of(2, (vars) -> f.apply(vars.get(0), vars.get(1)));
		}
		if (function instanceof ReqlFunction3 f) {
			return Func.of(3, (vars) -> f.apply(vars.get(0), vars.get(1), vars.get(2)));
		}
		ReqlAst ast = toAst(function);
		return (expectedArity == 1 && ast.usesImplicitVar()) ? Func.wrapImplicit(ast) : ast;
	}

}
