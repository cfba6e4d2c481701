package io.quire.engine.term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Compiles term JSON ({@code [type, [args], {optargs}]}, bare objects as MAKE_OBJ, other values
 * as DATUM) into nodes, checking argument counts and optional argument names.
 */
public final class Compiler {

	private static final int MAX_DEPTH = 1000;

	private Compiler() {
	}

	/** Compiles a term as parsed from JSON. */
	public static Node compile(@Nullable Object term) {
		return compile(term, 0, 0);
	}

	/**
	 * @param depth nesting depth, bounded
	 * @param implicitScopes how many one-argument functions enclose the term (r.row binds to one)
	 */
	private static Node compile(@Nullable Object term, int depth, int implicitScopes) {
		if (depth > MAX_DEPTH) {
			throw QueryException.client("Query nested too deeply (over " + MAX_DEPTH + " levels).");
		}
		if (term instanceof List<?> list) {
			return compileTerm(list, depth, implicitScopes);
		}
		if (term instanceof Map<?, ?> map) {
			return build(TermType.MAKE_OBJ, List.of(), compileOptargs(map, depth, implicitScopes), null).withSource(map);
		}
		return Node.datumNode(Datums.normalize(term));
	}

	private static Node compileTerm(List<?> term, int depth, int implicitScopes) {
		if (term.isEmpty() || !(term.get(0) instanceof Number number)) {
			throw QueryException.client("Expected a term: an array whose first element is a term type.");
		}
		TermType type = termType(number.intValue());
		if (type == TermType.DATUM) {
			return Node.datumNode(Datums.normalize((term.size() > 1) ? term.get(1) : null));
		}
		if (type == TermType.IMPLICIT_VAR && implicitScopes > 1) {
			throw QueryException.compile("Cannot use r.row in nested queries.  Use functions instead.");
		}
		int scopes = (type == TermType.FUNC && isOneArgument(term)) ? implicitScopes + 1 : implicitScopes;
		List<Node> args = new ArrayList<>();
		Map<String, Node> optargs = Map.of();
		for (int i = 1; i < term.size(); i++) {
			Object part = term.get(i);
			if (part instanceof List<?> list) {
				args = compileArgs(list, depth, scopes);
			}
			else if (part instanceof Map<?, ?> map) {
				optargs = compileOptargs(map, depth, scopes);
			}
			else {
				throw QueryException.client("Expected arguments as an array and optional arguments as an object.");
			}
		}
		return build(type, args, optargs, null).withSource(term);
	}

	private static TermType termType(int value) {
		try {
			return TermType.of(value);
		}
		catch (IllegalArgumentException ex) {
			throw QueryException.compile("Unrecognized TermType: " + value + ".");
		}
	}

	/** Whether a FUNC term declares exactly one parameter: {@code [69, [[2, [id]], body]]}. */
	private static boolean isOneArgument(List<?> func) {
		return func.size() > 1 && func.get(1) instanceof List<?> args && !args.isEmpty()
				&& args.get(0) instanceof List<?> parameters && parameters.size() > 1
				&& parameters.get(1) instanceof List<?> ids && ids.size() == 1;
	}

	private static List<Node> compileArgs(List<?> args, int depth, int implicitScopes) {
		List<Node> result = new ArrayList<>(args.size());
		for (int i = 0; i < args.size(); i++) {
			try {
				result.add(compile(args.get(i), depth + 1, implicitScopes));
			}
			catch (QueryException ex) {
				throw ex.withFrame(i);
			}
		}
		return result;
	}

	private static Map<String, Node> compileOptargs(Map<?, ?> optargs, int depth, int implicitScopes) {
		Map<String, Node> result = new LinkedHashMap<>();
		optargs.forEach((key, value) -> {
			try {
				result.put(String.valueOf(key), compile(value, depth + 1, implicitScopes));
			}
			catch (QueryException ex) {
				throw ex.withFrame(String.valueOf(key));
			}
		});
		return result;
	}

	private static Node build(TermType type, List<Node> args, Map<String, Node> optargs, @Nullable Object datum) {
		TermSpec spec = TermRegistry.spec(type);
		boolean splices = args.stream().anyMatch((arg) -> arg.type() == TermType.ARGS);
		if (!splices && !spec.accepts(args.size())) {
			throw QueryException.compile(spec.arityMessage(args.size()));
		}
		if (type != TermType.MAKE_OBJ) {
			for (String name : optargs.keySet()) {
				if (!spec.optargs().contains(name)) {
					throw QueryException.compile("Unrecognized optional argument `" + name + "`.");
				}
			}
		}
		return new Node(spec, args, optargs, datum);
	}

}
