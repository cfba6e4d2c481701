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
		return compile(term, 0);
	}

	private static Node compile(@Nullable Object term, int depth) {
		if (depth > MAX_DEPTH) {
			throw QueryException.client("Query nested too deeply (over " + MAX_DEPTH + " levels).");
		}
		if (term instanceof List<?> list) {
			return compileTerm(list, depth);
		}
		if (term instanceof Map<?, ?> map) {
			return build(TermType.MAKE_OBJ, List.of(), compileOptargs(map, depth), null).withSource(map);
		}
		return Node.datumNode(Datums.normalize(term));
	}

	private static Node compileTerm(List<?> term, int depth) {
		if (term.isEmpty() || !(term.get(0) instanceof Number number)) {
			throw QueryException.client("Expected a term: an array whose first element is a term type.");
		}
		TermType type = termType(number.intValue());
		if (type == TermType.DATUM) {
			return Node.datumNode(Datums.normalize((term.size() > 1) ? term.get(1) : null));
		}
		List<Node> args = new ArrayList<>();
		Map<String, Node> optargs = Map.of();
		for (int i = 1; i < term.size(); i++) {
			Object part = term.get(i);
			if (part instanceof List<?> list) {
				args = compileArgs(list, depth);
			}
			else if (part instanceof Map<?, ?> map) {
				optargs = compileOptargs(map, depth);
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

	private static List<Node> compileArgs(List<?> args, int depth) {
		List<Node> result = new ArrayList<>(args.size());
		for (int i = 0; i < args.size(); i++) {
			try {
				result.add(compile(args.get(i), depth + 1));
			}
			catch (QueryException ex) {
				throw ex.withFrame(i);
			}
		}
		return result;
	}

	private static Map<String, Node> compileOptargs(Map<?, ?> optargs, int depth) {
		Map<String, Node> result = new LinkedHashMap<>();
		optargs.forEach((key, value) -> {
			try {
				result.put(String.valueOf(key), compile(value, depth + 1));
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
