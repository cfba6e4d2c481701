package io.quire.engine.term;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * Variable bindings during evaluation: function parameters by id and the value of
 * {@code r.row} (IMPLICIT_VAR), bound by the innermost one-argument function. Each
 * function call adds one link to the chain, so binding costs no copying.
 */
public final class Env {

	private static final Object UNBOUND = new Object();

	private static final int[] NO_IDS = new int[0];

	private final QueryContext context;

	private final @Nullable Env parent;

	private final int[] ids;

	private final @Nullable Object[] values;

	private final @Nullable Object implicit;

	private Env(QueryContext context, @Nullable Env parent, int[] ids, @Nullable Object[] values,
			@Nullable Object implicit) {
		this.context = context;
		this.parent = parent;
		this.ids = ids;
		this.values = values;
		this.implicit = implicit;
	}

	public static Env root(QueryContext context) {
		return new Env(context, null, NO_IDS, new Object[0], UNBOUND);
	}

	public QueryContext context() {
		return this.context;
	}

	/**
	 * A child environment with the parameters bound; one parameter also binds
	 * {@code r.row}.
	 */
	Env bind(int[] ids, @Nullable Object[] values) {
		return new Env(this.context, this, ids, values, (ids.length == 1) ? values[0] : this.implicit);
	}

	@Nullable Object variable(int id) {
		for (Env env = this; env != null; env = env.parent) {
			for (int i = 0; i < env.ids.length; i++) {
				if (env.ids[i] == id) {
					return env.values[i];
				}
			}
		}
		throw QueryException.compile("Variable name not found.");
	}

	@Nullable Object implicitVariable() {
		if (this.implicit == UNBOUND) {
			throw QueryException.compile("r.row is not defined in this context.");
		}
		return this.implicit;
	}

}
