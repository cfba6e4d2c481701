package io.quire.engine.term;

import java.util.HashMap;
import java.util.Map;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * Variable bindings during evaluation: function parameters by id and the value of
 * {@code r.row} (IMPLICIT_VAR), bound by the innermost one-argument function.
 */
public final class Env {

	private static final Object UNBOUND = new Object();

	private final QueryContext context;

	private final Map<Integer, @Nullable Object> variables;

	private final @Nullable Object implicit;

	private Env(QueryContext context, Map<Integer, @Nullable Object> variables, @Nullable Object implicit) {
		this.context = context;
		this.variables = variables;
		this.implicit = implicit;
	}

	public static Env root(QueryContext context) {
		return new Env(context, Map.of(), UNBOUND);
	}

	public QueryContext context() {
		return this.context;
	}

	/** A child environment with the parameters bound; one parameter also binds {@code r.row}. */
	Env bind(int[] ids, @Nullable Object[] values) {
		Map<Integer, @Nullable Object> bound = new HashMap<>(this.variables);
		for (int i = 0; i < ids.length; i++) {
			bound.put(ids[i], values[i]);
		}
		return new Env(this.context, bound, (ids.length == 1) ? values[0] : this.implicit);
	}

	@Nullable Object variable(int id) {
		if (!this.variables.containsKey(id)) {
			throw QueryException.compile("Variable name not found.");
		}
		return this.variables.get(id);
	}

	@Nullable Object implicitVariable() {
		if (this.implicit == UNBOUND) {
			throw QueryException.compile("r.row is not defined in this context.");
		}
		return this.implicit;
	}

}
