package io.quire.engine.js;

import java.util.function.Function;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptableObject;

/**
 * Runs the source of {@code r.js}. Each evaluation gets fresh global objects holding only
 * ECMAScript's built-ins: no Java classes or packages, no files, network, timers or
 * threads. A script runs on the caller's thread, stopped when over its timeout or its
 * allocation budget, or when the query is cancelled.
 */
public final class JavaScript {

	private static final String[] HOST_GLOBALS = { "Continuation", "JavaException" };

	private JavaScript() {
	}

	/**
	 * Evaluates the source: a datum, or a {@link JsFunction} when the value is a
	 * function.
	 * @throws QueryException with RethinkDB's error when the script fails, runs too long,
	 * or gives a value that is no datum
	 */
	public static @Nullable Object evaluate(String source, JsLimits limits) {
		return run(source, limits, (context) -> {
			ScriptableObject scope = globals(context);
			Object value = compile(context, source).exec(context, scope, scope);
			if (value instanceof org.mozilla.javascript.Function function) {
				return new JsFunction(source, function, scope);
			}
			return new ToDatum(limits.arrayLimit()).convert(value);
		});
	}

	/**
	 * ECMAScript's built-ins without Rhino's bridges to the host: no LiveConnect
	 * ({@code java}, {@code Packages}...), no continuations, no Java exception type.
	 */
	private static ScriptableObject globals(SandboxContext context) {
		ScriptableObject scope = context.initSafeStandardObjects();
		for (String name : HOST_GLOBALS) {
			scope.delete(name);
		}
		return scope;
	}

	private static Script compile(SandboxContext context, String source) {
		try {
			return context.compileString(source, "r.js", 1, null);
		}
		catch (EvaluatorException ex) {
			throw JsErrors.syntax(ex);
		}
	}

	/**
	 * Runs {@code work} in a fresh sandbox context and turns every way a script can fail
	 * into a query error.
	 */
	static <T> T run(String source, JsLimits limits, Function<SandboxContext, T> work) {
		SandboxContext context = SandboxFactory.get().enter(source, limits);
		try {
			return work.apply(context);
		}
		catch (SandboxContext.Stop stop) {
			throw stop.error();
		}
		catch (RhinoException ex) {
			throw JsErrors.thrown(ex);
		}
		catch (StackOverflowError ex) {
			throw JsErrors.stackOverflow();
		}
		catch (OutOfMemoryError ex) {
			// one allocation too big for the heap (a huge string or array), not a full
			// heap:
			// the script's budget stops it long before that
			throw JsErrors.outOfMemory(source);
		}
		finally {
			context.close();
		}
	}

}
