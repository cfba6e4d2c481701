package io.quire.engine.term;

import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/** A ReQL function value: parameters, a body and the environment it closes over. */
public class Func {

	private final int[] parameters;

	private final Node body;

	private final Env closure;

	Func(int[] parameters, Node body, Env closure) {
		this.parameters = parameters;
		this.body = body;
		this.closure = closure;
	}

	/**
	 * Whether the function accepts this many arguments: as in RethinkDB, a function of no
	 * parameters accepts any number.
	 */
	boolean accepts(int count) {
		return count == this.parameters.length || this.parameters.length == 0;
	}

	public int arity() {
		return this.parameters.length;
	}

	/**
	 * Calls the function; the result may be any value, not only a datum. Every call
	 * checks the query's {@link Cancellation}, so loops over arrays that call functions
	 * (map, reduce, order by a function, ...) stop once the query is cancelled, as
	 * sequences do between rows.
	 */
	public @Nullable Object call(@Nullable Object... arguments) {
		Cancellation.current().check();
		if (!accepts(arguments.length)) {
			throw QueryException.queryLogic("Expected function with " + plural(arguments.length, "argument")
					+ " but found function with " + plural(this.parameters.length, "argument") + ".");
		}
		try {
			@Nullable Object[] bound = (this.parameters.length == 0) ? new Object[0] : arguments;
			return this.body.eval(this.closure.bind(this.parameters, bound));
		}
		catch (QueryException ex) {
			// the body is argument 1 of the FUNC term (argument 0 lists the parameters)
			throw ex.withFrame(1);
		}
	}

	/**
	 * Applies the function as {@code filter} applies a predicate: when its body spells
	 * out an object ({@code function(row) { return {a: row('b')}; }}), the object is a
	 * pattern the row must match, as in RethinkDB; any other result counts by truthiness.
	 */
	public boolean filters(@Nullable Object row) {
		Object result = apply(row);
		if (result instanceof Map<?, ?> pattern && spellsOutObject()) {
			return SelectionTerms.matchesObject(pattern, row);
		}
		return Values.truthy(result);
	}

	/** Whether the body is an object literal (MAKE_OBJ or an object datum). */
	boolean spellsOutObject() {
		return this.body.type() == TermType.MAKE_OBJ || this.body.type() == TermType.DATUM;
	}

	/** Calls the function and requires a datum result. */
	public @Nullable Object apply(@Nullable Object... arguments) {
		return Values.datum(call(arguments));
	}

	/**
	 * Calls the function as a predicate, with RethinkDB's truthiness (only false and null
	 * are false).
	 */
	public boolean test(@Nullable Object... arguments) {
		return Values.truthy(apply(arguments));
	}

	static String plural(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}
