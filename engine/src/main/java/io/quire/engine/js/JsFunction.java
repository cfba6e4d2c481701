package io.quire.engine.js;

import java.util.List;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;

/**
 * A function that {@code r.js} evaluated to, callable with datums any number of times
 * (each call with its own budget) and with any number of arguments, as in RethinkDB.
 */
public final class JsFunction {

	private final String source;

	private final Function function;

	private final Scriptable scope;

	JsFunction(String source, Function function, Scriptable scope) {
		this.source = source;
		this.function = function;
		this.scope = scope;
	}

	/** The JavaScript source the function came from. */
	public String source() {
		return this.source;
	}

	/**
	 * Calls the function with datum arguments and returns its datum result.
	 * @throws QueryException with RethinkDB's error when an argument cannot be passed,
	 * the call fails or runs too long, or its result is no datum
	 */
	public @Nullable Object call(List<@Nullable Object> arguments, JsLimits limits) {
		return JavaScript.run(this.source, limits, (context) -> {
			ToJs toJs = new ToJs(context, this.scope);
			Object[] values = new Object[arguments.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = toJs.convert(arguments.get(i));
			}
			Object result = this.function.call(context, this.scope, this.scope, values);
			if (result instanceof Function) {
				throw JsErrors.conversion("Returning functions from within `r.js` is unsupported.");
			}
			return new ToDatum(limits.arrayLimit()).convert(result);
		});
	}

}
