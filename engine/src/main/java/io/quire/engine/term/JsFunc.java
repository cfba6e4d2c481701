package io.quire.engine.term;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.quire.engine.QueryException;
import io.quire.engine.js.JsFunction;
import org.jspecify.annotations.Nullable;

/**
 * A function from {@code r.js} in a ReQL function's place: it takes any number of
 * arguments, each passed to JavaScript as a datum, and gives a datum.
 */
final class JsFunc extends Func {

	private final JsFunction function;

	private final Duration timeout;

	private final Env env;

	JsFunc(JsFunction function, Duration timeout, Env env) {
		super(new int[0], Node.datumNode(null), env);
		this.function = function;
		this.timeout = timeout;
		this.env = env;
	}

	/** How {@code info()} shows the function, in RethinkDB's words. */
	String sourceCode() {
		return "javascript timeout=" + this.timeout.toMillis() + "ms, source=" + this.function.source();
	}

	@Override
	boolean spellsOutObject() {
		return false;
	}

	@Override
	boolean accepts(int count) {
		return true;
	}

	@Override
	public @Nullable Object call(@Nullable Object... arguments) {
		List<@Nullable Object> datums = new ArrayList<>(arguments.length);
		for (Object argument : arguments) {
			datums.add(datum(argument));
		}
		return this.function.call(datums, JavaScriptTerms.limits(this.env.context(), this.timeout));
	}

	private static @Nullable Object datum(@Nullable Object argument) {
		if (argument instanceof Extremum extremum) {
			throw QueryException.queryLogic(
					"`r." + extremum.name().toLowerCase(java.util.Locale.ROOT) + "` cannot be passed to `r.js`.");
		}
		return Values.datum(argument);
	}

}
