package io.quire.engine.system;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import io.quire.engine.datum.Printer;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * A query term written as JavaScript ReQL, the way {@code rethinkdb.jobs} shows a running
 * query: {@code r.db("test").table("t").count()}, {@code r.range()},
 * {@code function(var1) { return var1; }}; also the functions {@code index_status} and
 * {@code getWriteHook} show in their {@code query}. Terms that start a chain
 * ({@code r.db}, {@code r.range}, operators, time constants) are called on {@code r}; the
 * others on their first argument.
 */
public final class QueryText {

	/** The terms that JavaScript ReQL calls as {@code r.name(args)}. */
	private static final Set<TermType> TOP_LEVEL = EnumSet.of(TermType.ERROR, TermType.UUID, TermType.HTTP, TermType.DB,
			TermType.EQ, TermType.NE, TermType.LT, TermType.LE, TermType.GT, TermType.GE, TermType.NOT, TermType.ADD,
			TermType.SUB, TermType.MUL, TermType.DIV, TermType.MOD, TermType.OBJECT, TermType.RANGE, TermType.DB_CREATE,
			TermType.DB_DROP, TermType.DB_LIST, TermType.BRANCH, TermType.OR, TermType.AND, TermType.JSON,
			TermType.ISO8601, TermType.EPOCH_TIME, TermType.NOW, TermType.TIME, TermType.LITERAL, TermType.RANDOM,
			TermType.GEOJSON, TermType.POINT, TermType.LINE, TermType.POLYGON, TermType.CIRCLE, TermType.ASC,
			TermType.DESC, TermType.ARGS, TermType.BINARY, TermType.MINVAL, TermType.MAXVAL, TermType.JAVASCRIPT);

	private QueryText() {
	}

	/** The term as JavaScript ReQL. */
	public static String of(@Nullable Object term) {
		return render(term, false);
	}

	private static String render(@Nullable Object term, boolean inExpr) {
		if (term instanceof Map<?, ?> object) {
			String text = object(object);
			return inExpr ? text : "r.expr(" + text + ")";
		}
		if (!(term instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof Number number)) {
			return inExpr ? Printer.json(term) : "r.expr(" + Printer.json(term) + ")";
		}
		TermType type;
		try {
			type = TermType.of(number.intValue());
		}
		catch (IllegalArgumentException ex) {
			return Printer.json(term);
		}
		List<?> args = (list.size() > 1 && list.get(1) instanceof List<?> given) ? given : List.of();
		Map<?, ?> optargs = (list.size() > 2 && list.get(2) instanceof Map<?, ?> given) ? given : Map.of();
		return term(type, args, optargs, inExpr);
	}

	private static String term(TermType type, List<?> args, Map<?, ?> optargs, boolean inExpr) {
		switch (type) {
			case DATUM:
				return render(args.isEmpty() ? null : args.get(0), inExpr);
			case MAKE_ARRAY:
				String array = "[" + arguments(args, 0, Map.of()) + "]";
				return inExpr ? array : "r.expr(" + array + ")";
			case FUNC:
				return function(args);
			case VAR:
				return "var" + Printer.json(args.isEmpty() ? null : args.get(0));
			case IMPLICIT_VAR:
				return "r.row";
			// RethinkDB's printer writes a field access as a call of the object, both
			// ways
			case BRACKET, GET_FIELD:
				return render(args.get(0), false) + "(" + arguments(args, 1, Map.of()) + ")";
			case FUNCALL:
				return funcall(args);
			default:
				return call(type, args, optargs);
		}
	}

	private static String call(TermType type, List<?> args, Map<?, ?> optargs) {
		String name = name(type);
		boolean topLevel = TOP_LEVEL.contains(type) || args.isEmpty() || (type == TermType.TABLE && args.size() == 1);
		if (topLevel) {
			return "r." + name + "(" + arguments(args, 0, optargs) + ")";
		}
		return render(args.get(0), false) + "." + name + "(" + arguments(args, 1, optargs) + ")";
	}

	/** {@code r.do(args..., f)}, or {@code x.do(f)} with one argument. */
	private static String funcall(List<?> args) {
		if (args.size() == 2) {
			return render(args.get(1), false) + ".do(" + render(args.get(0), true) + ")";
		}
		StringJoiner joined = new StringJoiner(", ", "r.do(", ")");
		for (int i = 1; i < args.size(); i++) {
			joined.add(render(args.get(i), true));
		}
		return joined.add(render(args.get(0), true)).toString();
	}

	private static String function(List<?> args) {
		StringJoiner parameters = new StringJoiner(", ", "(", ")");
		if (args.size() == 2 && args.get(0) instanceof List<?> declared && declared.size() > 1
				&& declared.get(1) instanceof List<?> ids) {
			ids.forEach((id) -> parameters.add("var" + Printer.json(id)));
		}
		String body = (args.size() == 2) ? render(args.get(1), false) : "";
		return "function" + parameters + " { return " + body + "; }";
	}

	private static String arguments(List<?> args, int from, Map<?, ?> optargs) {
		StringJoiner joined = new StringJoiner(", ");
		for (int i = from; i < args.size(); i++) {
			joined.add(render(args.get(i), true));
		}
		if (!optargs.isEmpty()) {
			joined.add(object(optargs));
		}
		return joined.toString();
	}

	/**
	 * An object; the value of a {@code password} field (a user's insert or update) is
	 * never shown, unless it only says whether there is one ({@code true}/{@code false}).
	 */
	private static String object(Map<?, ?> object) {
		StringJoiner joined = new StringJoiner(", ", "{", "}");
		object.forEach((key, value) -> {
			boolean secret = "password".equals(key) && !(value instanceof Boolean);
			joined.add(Printer.json(String.valueOf(key)) + ": " + (secret ? "\"<hidden>\"" : render(value, true)));
		});
		return joined.toString();
	}

	/** The JavaScript name: {@code GET_ALL} becomes {@code getAll}. */
	private static String name(TermType type) {
		if (type == TermType.JAVASCRIPT) {
			return "js";
		}
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : type.name().toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? c : Character.toLowerCase(c));
				upper = false;
			}
		}
		return name.toString();
	}

}
