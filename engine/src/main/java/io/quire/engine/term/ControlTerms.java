package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quire.engine.QueryException;
import io.quire.engine.datum.PseudoTypeInput;
import io.quire.protocol.ErrorType;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Literals, variables, functions and control flow: DATUM, MAKE_ARRAY, MAKE_OBJ, FUNC,
 * BRANCH, DEFAULT...
 */
final class ControlTerms {

	private static final String EMPTY_ERROR = "Empty ERROR term outside a default block.";

	private ControlTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.DATUM).args(0).is((call) -> call.node().datum());
		specs.term(TermType.MAKE_ARRAY).args(0, -1).is(ControlTerms::makeArray);
		specs.term(TermType.MAKE_OBJ).args(0).is(ControlTerms::makeObject);
		specs.term(TermType.VAR).args(1).is((call) -> call.env().variable((int) call.integer(0)));
		specs.term(TermType.IMPLICIT_VAR).args(0).is((call) -> call.env().implicitVariable());
		specs.term(TermType.FUNC).args(2).is(ControlTerms::function);
		specs.term(TermType.FUNCALL).args(1, -1).is(ControlTerms::funcall);
		specs.term(TermType.BRANCH).args(3, -1).is(ControlTerms::branch);
		specs.term(TermType.DEFAULT).args(2).is(ControlTerms::defaultValue);
		specs.term(TermType.ERROR).args(0, 1).is(ControlTerms::error);
		specs.term(TermType.ARGS).args(1).is((call) -> call.array(0));
		specs.term(TermType.MINVAL).args(0).is((call) -> Extremum.MINVAL);
		specs.term(TermType.MAXVAL).args(0).is((call) -> Extremum.MAXVAL);
	}

	private static Object makeArray(Call call) {
		return call.context().checkArray(new ArrayList<>(call.datums(0)));
	}

	private static Object makeObject(Call call) {
		Map<String, @Nullable Object> object = new TreeMap<>();
		for (String key : call.node().optargs().keySet()) {
			object.put(key, call.opt(key, null));
		}
		return PseudoTypeInput.check(object);
	}

	private static Object function(Call call) {
		List<@Nullable Object> parameters = call.array(0);
		int[] ids = new int[parameters.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = (int) Types.integer(parameters.get(i));
		}
		return new Func(ids, call.node().args().get(1), call.env());
	}

	/**
	 * Calls the function; a constant in its place is the result (RethinkDB's shortcut).
	 */
	private static @Nullable Object funcall(Call call) {
		Object function = call.arg(0);
		Object[] arguments = new Object[call.count() - 1];
		for (int i = 1; i < call.count(); i++) {
			arguments[i - 1] = call.arg(i);
		}
		if (!(function instanceof Func func)) {
			return Values.datum(function);
		}
		return call.framed(0, () -> callPerGroup(func, arguments));
	}

	/** {@code do} on grouped data calls the function on each group's value. */
	private static @Nullable Object callPerGroup(Func func, @Nullable Object[] arguments) {
		if (arguments.length != 1 || !(arguments[0] instanceof Grouped grouped)) {
			return func.call(arguments);
		}
		Grouped result = new Grouped();
		grouped.groups().forEach((group, value) -> result.put(group, Values.datum(func.call(value))));
		return result;
	}

	private static @Nullable Object branch(Call call) {
		if (call.count() % 2 == 0) {
			throw QueryException.queryLogic("Cannot call `branch` term with an even number of arguments.");
		}
		for (int i = 0; i + 1 < call.count(); i += 2) {
			if (Values.truthy(call.datum(i))) {
				return call.arg(i + 1);
			}
		}
		return call.arg(call.count() - 1);
	}

	private static @Nullable Object defaultValue(Call call) {
		QueryException missing;
		try {
			Object value = call.arg(0);
			if (value != null) {
				return value;
			}
			missing = null;
		}
		catch (QueryException ex) {
			if (ex.errorType() != ErrorType.NON_EXISTENCE) {
				throw ex;
			}
			missing = ex;
		}
		try {
			return fallback(call, missing);
		}
		catch (QueryException ex) {
			if (!isEmptyError(ex)) {
				throw ex;
			}
			if (missing != null) {
				throw missing;
			}
			return null;
		}
	}

	private static @Nullable Object fallback(Call call, @Nullable QueryException missing) {
		Object fallback = call.arg(1);
		if (fallback instanceof Func func) {
			String message = (missing != null) ? missing.getMessage() : null;
			return call.framed(1, () -> func.call(message));
		}
		return fallback;
	}

	/**
	 * Whether the error comes from {@code r.error()} with no message, which inside a
	 * default rethrows the error the default caught (or gives back the null).
	 */
	static boolean isEmptyError(QueryException ex) {
		return ex.errorType() == ErrorType.QUERY_LOGIC && EMPTY_ERROR.equals(ex.getMessage());
	}

	private static Object error(Call call) {
		if (call.count() == 0) {
			throw QueryException.queryLogic(EMPTY_ERROR);
		}
		throw QueryException.runtime(ErrorType.USER, call.string(0));
	}

}
