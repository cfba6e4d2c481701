package io.quire.engine.term;

import java.time.Duration;

import io.quire.engine.QueryException;
import io.quire.engine.js.JavaScript;
import io.quire.engine.js.JsFunction;
import io.quire.engine.js.JsLimits;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * JAVASCRIPT ({@code r.js}): runs JavaScript in the server's sandbox; a function it
 * evaluates to is a ReQL function. Never deterministic, as in RethinkDB, so atomic
 * writes, index functions and write hooks refuse it.
 */
final class JavaScriptTerms {

	/** RethinkDB's limit: timeouts beyond it count as no limit at all. */
	private static final double MAX_TIMEOUT_SECONDS = Long.MAX_VALUE / 1e9;

	private JavaScriptTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.JAVASCRIPT).args(1).optargs("timeout").nondeterministic().is(JavaScriptTerms::javascript);
	}

	private static @Nullable Object javascript(Call call) {
		Duration timeout = timeout(call);
		String source = call.string(0);
		Object value = JavaScript.evaluate(source, limits(call.context(), timeout));
		return (value instanceof JsFunction function) ? new JsFunc(function, timeout, call.env()) : value;
	}

	private static Duration timeout(Call call) {
		if (!call.has("timeout")) {
			return JsLimits.DEFAULT_TIMEOUT;
		}
		double seconds;
		try {
			seconds = Types.number(call.opt("timeout", null));
		}
		catch (QueryException ex) {
			throw ex.withFrame("timeout");
		}
		double bounded = Math.min(Math.max(seconds, 0), MAX_TIMEOUT_SECONDS);
		return Duration.ofMillis((long) (bounded * 1000));
	}

	static JsLimits limits(QueryContext context, Duration timeout) {
		Cancellation cancellation = Cancellation.current();
		return new JsLimits(timeout, context.arrayLimit(), context.memoryLimit(), cancellation::check);
	}

}
