package io.quire.engine.js;

import io.quire.engine.QueryException;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.RhinoException;

/**
 * The errors of {@code r.js} as RethinkDB words them: a script's exception becomes a
 * QUERY_LOGIC error whose message is the exception's string, as in RethinkDB.
 */
final class JsErrors {

	private JsErrors() {
	}

	static QueryException timedOut(String source, JsLimits limits) {
		return QueryException
			.queryLogic("JavaScript query `" + source + "` timed out after " + limits.describeTimeout() + " seconds.");
	}

	static QueryException overMemory(String source, JsLimits limits) {
		return QueryException
			.resourceLimit("JavaScript query `" + source + "` allocated more than " + describe(limits.memoryLimit())
					+ ", the memory the server allows per query (setting `max-query-memory`).");
	}

	static QueryException outOfMemory(String source) {
		return QueryException.resourceLimit("JavaScript query `" + source + "` ran out of memory.");
	}

	static QueryException stackOverflow() {
		return QueryException.queryLogic("InternalError: stack overflow");
	}

	/** A script that does not compile. */
	static QueryException syntax(EvaluatorException ex) {
		return QueryException.queryLogic("SyntaxError: " + ex.details());
	}

	/** An exception the script threw or caused while it ran. */
	static QueryException thrown(RhinoException ex) {
		if (ex instanceof JavaScriptException thrown) {
			return QueryException.queryLogic(describeThrown(thrown.getValue()));
		}
		if (ex instanceof EcmaError error) {
			return QueryException.queryLogic(error.getName() + ": " + error.getErrorMessage());
		}
		return QueryException.queryLogic("InternalError: " + ex.details());
	}

	private static String describeThrown(Object value) {
		try {
			return Context.toString(value);
		}
		catch (RhinoException ex) {
			return "Error: the thrown value cannot be converted to a string";
		}
	}

	static QueryException conversion(String message) {
		return QueryException.queryLogic(message);
	}

	private static String describe(long bytes) {
		long mebibytes = bytes / (1024 * 1024);
		return (mebibytes > 0) ? mebibytes + " MiB" : bytes + " bytes";
	}

}
