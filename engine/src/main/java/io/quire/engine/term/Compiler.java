package io.quire.engine.term;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.WireNumbers;
import io.quire.protocol.TermType;
import io.quire.protocol.json.ReqlJson;
import org.jspecify.annotations.Nullable;

/**
 * Compiles term JSON ({@code [type, [args], {optargs}]}, bare objects as MAKE_OBJ, other
 * values as DATUM) into nodes, checking argument counts and optional argument names.
 */
public final class Compiler {

	/**
	 * Guards the compiler's recursion; a term is never nested deeper than its JSON, so
	 * with the default limit on queries this is never what refuses one.
	 */
	private static final int MAX_DEPTH = ReqlJson.DEFAULT_MAX_DEPTH;

	private Compiler() {
	}

	/** Compiles a term as parsed from JSON. */
	/** Terms whose function arguments may not write (RethinkDB's stream operations). */
	private static final Set<TermType> NO_WRITES_IN_FUNCTIONS = EnumSet.of(TermType.MAP, TermType.FILTER,
			TermType.CONCAT_MAP, TermType.REDUCE, TermType.FOLD, TermType.GROUP, TermType.ORDER_BY, TermType.INNER_JOIN,
			TermType.OUTER_JOIN, TermType.EQ_JOIN, TermType.COUNT, TermType.SUM, TermType.AVG, TermType.MIN,
			TermType.MAX, TermType.CONTAINS, TermType.UPDATE, TermType.REPLACE, TermType.INSERT);

	/** Writes and meta operations. */
	private static final Set<TermType> WRITES = EnumSet.of(TermType.INSERT, TermType.UPDATE, TermType.REPLACE,
			TermType.DELETE, TermType.DB_CREATE, TermType.DB_DROP, TermType.TABLE_CREATE, TermType.TABLE_DROP,
			TermType.INDEX_CREATE, TermType.INDEX_DROP, TermType.INDEX_RENAME, TermType.INDEX_WAIT, TermType.SYNC,
			TermType.RECONFIGURE, TermType.REBALANCE, TermType.WAIT, TermType.GRANT, TermType.SET_WRITE_HOOK,
			TermType.GET_WRITE_HOOK);

	public static Node compile(@Nullable Object term) {
		return compile(term, new Scope(0, 0, false, false, null, null));
	}

	/**
	 * Where a term sits while compiling.
	 *
	 * @param depth nesting depth, bounded
	 * @param implicitScopes how many one-argument functions enclose the term (r.row binds
	 * to one)
	 * @param writesForbidden whether the term is inside a stream operation's function
	 * @param parentForbidsWrites whether the parent is a stream operation (its functions
	 * may not write)
	 * @param parent the enclosing term's type, {@code null} at the top
	 * @param grandparent the type of the term enclosing the parent
	 */
	private record Scope(int depth, int implicitScopes, boolean writesForbidden, boolean parentForbidsWrites,
			@Nullable TermType parent, @Nullable TermType grandparent) {

		Scope child(TermType type, int scopes) {
			boolean forbidden = this.writesForbidden || (type == TermType.FUNC && this.parentForbidsWrites);
			return new Scope(this.depth + 1, scopes, forbidden, NO_WRITES_IN_FUNCTIONS.contains(type), type,
					this.parent);
		}

		/**
		 * The scope of argument {@code i}: as in RethinkDB, only the first argument of a
		 * stream operation (its source) may write.
		 */
		Scope argument(int i) {
			if (i == 0 || !this.parentForbidsWrites || this.writesForbidden) {
				return this;
			}
			return new Scope(this.depth, this.implicitScopes, true, true, this.parent, this.grandparent);
		}

		/**
		 * Whether ASC or DESC may stand here: in ORDER_BY or UNION (or an array in
		 * UNION).
		 */
		boolean ordersHere() {
			return this.parent == TermType.ORDER_BY || this.parent == TermType.UNION
					|| (this.parent == TermType.MAKE_ARRAY && this.grandparent == TermType.UNION);
		}

	}

	private static Node compile(@Nullable Object term, Scope scope) {
		if (scope.depth() > MAX_DEPTH) {
			throw QueryException.client("Query nested too deeply (over " + MAX_DEPTH + " levels).");
		}
		if (term instanceof List<?> list) {
			return compileTerm(list, scope);
		}
		if (term instanceof Map<?, ?> map) {
			if (isData(map, scope.depth())) {
				// what MAKE_OBJ of these fields would build, once: a batched insert's
				// documents are not compiled and evaluated field by field
				return Node.datumNode(Datums.normalize(map)).withSource(map);
			}
			Scope inner = scope.child(TermType.MAKE_OBJ, scope.implicitScopes());
			return build(TermType.MAKE_OBJ, List.of(), compileOptargs(map, inner), null).withSource(map);
		}
		return Node.datumNode(Datums.normalize(term));
	}

	/**
	 * Whether a bare object holds only data (scalars and such objects, no terms, which
	 * arrays always are, and no pseudo-types) that its MAKE_OBJ would compile without
	 * refusing it for depth: then it evaluates to itself.
	 */
	private static boolean isData(Map<?, ?> object, int depth) {
		if (object.containsKey(Datums.REQL_TYPE)) {
			return false;
		}
		for (Object value : object.values()) {
			if (depth + 1 > MAX_DEPTH || value instanceof List
					|| (value instanceof Map<?, ?> inner && !isData(inner, depth + 1))) {
				return false;
			}
		}
		return true;
	}

	private static Node compileTerm(List<?> term, Scope scope) {
		if (term.isEmpty() || term.size() > 3) {
			throw QueryException
				.compile("Expected between 1 and 3 elements in a raw term, but found " + term.size() + ".");
		}
		TermType type = termType(term.get(0));
		if (type == TermType.DATUM) {
			return Node.datumNode(Datums.normalize((term.size() > 1) ? term.get(1) : null));
		}
		checkPlacement(type, scope);
		int implicit = scope.implicitScopes() + ((type == TermType.FUNC && isOneArgument(term)) ? 1 : 0);
		Scope inner = scope.child(type, implicit);
		List<Node> args = new ArrayList<>();
		Map<String, Node> optargs = Map.of();
		for (int i = 1; i < term.size(); i++) {
			Object part = term.get(i);
			if (part instanceof List<?> list) {
				args = compileArgs(list, inner);
			}
			else if (part instanceof Map<?, ?> map) {
				optargs = compileOptargs(map, inner);
			}
			else {
				throw QueryException.client("Expected arguments as an array and optional arguments as an object.");
			}
		}
		return build(type, args, optargs, null).withSource(term);
	}

	private static void checkPlacement(TermType type, Scope scope) {
		if (type == TermType.IMPLICIT_VAR && scope.implicitScopes() > 1) {
			throw QueryException.compile("Cannot use r.row in nested queries.  Use functions instead.");
		}
		if ((type == TermType.ASC || type == TermType.DESC) && !scope.ordersHere()) {
			throw QueryException.compile(type.name() + " may only be used as an argument to ORDER_BY or UNION.");
		}
		if (scope.writesForbidden() && WRITES.contains(type)) {
			throw QueryException.compile("Cannot nest writes or meta ops in stream operations.  Use FOR_EACH instead.");
		}
	}

	private static TermType termType(@Nullable Object value) {
		if (!(value instanceof Number number)) {
			throw QueryException.compile("Expected a TermType as a NUMBER but found " + Datums.typeName(value) + ".");
		}
		Integer exact = WireNumbers.exactInt(number);
		try {
			if (exact != null) {
				return TermType.of(exact);
			}
		}
		catch (IllegalArgumentException ex) {
			// not a term type: refused below like a number that is no int at all
		}
		throw QueryException.compile("Unrecognized TermType: " + WireNumbers.print(number) + ".");
	}

	/**
	 * Whether a FUNC term declares exactly one parameter:
	 * {@code [69, [[2, [id]], body]]}.
	 */
	private static boolean isOneArgument(List<?> func) {
		return func.size() > 1 && func.get(1) instanceof List<?> args && !args.isEmpty()
				&& args.get(0) instanceof List<?> parameters && parameters.size() > 1
				&& parameters.get(1) instanceof List<?> ids && ids.size() == 1;
	}

	private static List<Node> compileArgs(List<?> args, Scope scope) {
		List<Node> result = new ArrayList<>(args.size());
		for (int i = 0; i < args.size(); i++) {
			try {
				result.add(compile(args.get(i), scope.argument(i)));
			}
			catch (QueryException ex) {
				throw ex.withFrame(i);
			}
		}
		return result;
	}

	private static Map<String, Node> compileOptargs(Map<?, ?> optargs, Scope scope) {
		Map<String, Node> result = new LinkedHashMap<>();
		optargs.forEach((key, value) -> {
			try {
				result.put(String.valueOf(key), compile(value, scope.argument(1)));
			}
			catch (QueryException ex) {
				throw ex.withFrame(String.valueOf(key));
			}
		});
		return result;
	}

	private static Node build(TermType type, List<Node> args, Map<String, Node> optargs, @Nullable Object datum) {
		TermSpec spec = TermRegistry.spec(type);
		boolean splices = Node.splices(args);
		if (splices && (type == TermType.ORDER_BY || type == TermType.UNION)) {
			throw QueryException.queryLogic("r.args is not supported in an order_by or union command yet.");
		}
		if (!splices && !spec.accepts(args.size())) {
			throw QueryException.compile(spec.arityMessage(args.size()));
		}
		if (type != TermType.MAKE_OBJ) {
			for (String name : optargs.keySet()) {
				if (name.equals("return_vals") && spec.optargs().contains("return_changes")) {
					throw QueryException
						.queryLogic("Error: encountered obsolete optarg `return_vals`.  Use `return_changes` instead.");
				}
				if (!spec.optargs().contains(name)) {
					throw QueryException.compile("Unrecognized optional argument `" + name + "`.");
				}
			}
		}
		return new Node(spec, args, optargs, datum);
	}

}
