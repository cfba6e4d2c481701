package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongBinaryOperator;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.engine.datum.Times;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Arithmetic: ADD, SUB, MUL, DIV, MOD, FLOOR, CEIL, ROUND, RANDOM and the BIT_* terms.
 */
final class MathTerms {

	private MathTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.ADD).args(1, -1).is(MathTerms::add);
		specs.term(TermType.SUB).args(1, -1).is(MathTerms::subtract);
		specs.term(TermType.MUL).args(1, -1).is(MathTerms::multiply);
		specs.term(TermType.DIV).args(1, -1).is(MathTerms::divide);
		specs.term(TermType.MOD).args(2).is(MathTerms::modulo);
		specs.term(TermType.FLOOR).args(1).is((call) -> Math.floor(call.number(0)));
		specs.term(TermType.CEIL).args(1).is((call) -> Math.ceil(call.number(0)));
		specs.term(TermType.ROUND).args(1).is((call) -> roundHalfAwayFromZero(call.number(0)));
		specs.term(TermType.RANDOM).nondeterministic().args(0, 2).optargs("float").is(MathTerms::random);
		specs.term(TermType.BIT_AND).args(1, -1).is((call) -> bits(call, (a, b) -> a & b));
		specs.term(TermType.BIT_OR).args(1, -1).is((call) -> bits(call, (a, b) -> a | b));
		specs.term(TermType.BIT_XOR).args(1, -1).is((call) -> bits(call, (a, b) -> a ^ b));
		specs.term(TermType.BIT_SAL).args(2).is((call) -> shift(call, true));
		specs.term(TermType.BIT_SAR).args(2).is((call) -> shift(call, false));
		specs.term(TermType.BIT_NOT).args(1).is((call) -> (double) ~bitOperand(call, 0));
	}

	private static Object add(Call call) {
		Object result = call.datum(0);
		for (int i = 1; i < call.count(); i++) {
			Object left = result;
			Object right = call.datum(i);
			result = add(left, right, call.context());
		}
		return result;
	}

	private static Object add(@Nullable Object left, @Nullable Object right, QueryContext context) {
		if (left instanceof String text) {
			return context.checkString(text + Types.string(right));
		}
		if (left instanceof List<?> list) {
			List<Object> joined = new ArrayList<>(list);
			joined.addAll(Types.array(right));
			return context.checkArray(joined);
		}
		if (Datums.isPseudo(left, "TIME")) {
			return Times.time(Times.epochSeconds(left) + Types.number(right), Times.timezone(left));
		}
		if (Datums.isPseudo(right, "TIME") && left instanceof Double seconds) {
			return Times.time(Times.epochSeconds(right) + seconds, Times.timezone(right));
		}
		return finite(Types.number(left) + Types.number(right));
	}

	private static Object subtract(Call call) {
		Object result = call.datum(0);
		for (int i = 1; i < call.count(); i++) {
			Object left = result;
			Object right = call.datum(i);
			result = subtract(left, right);
		}
		return result;
	}

	private static Object subtract(@Nullable Object left, @Nullable Object right) {
		if (Datums.isPseudo(left, "TIME")) {
			if (Datums.isPseudo(right, "TIME")) {
				return TimeTerms.roundMillis(Times.epochSeconds(left) - Times.epochSeconds(right));
			}
			return Times.time(Times.epochSeconds(left) - Types.number(right), Times.timezone(left));
		}
		return finite(Types.number(left) - Types.number(right));
	}

	private static Object multiply(Call call) {
		Object result = call.datum(0);
		for (int i = 1; i < call.count(); i++) {
			Object left = result;
			Object right = call.datum(i);
			result = multiply(left, right, call.context());
		}
		return result;
	}

	private static Object multiply(@Nullable Object left, @Nullable Object right, QueryContext context) {
		if (left instanceof List<?> list) {
			return repeat(list, Types.integer(right), context);
		}
		if (right instanceof List<?> list) {
			return repeat(list, Types.integer(left), context);
		}
		return finite(Types.number(left) * Types.number(right));
	}

	private static List<Object> repeat(List<?> list, long times, QueryContext context) {
		context.checkArraySize(times * list.size());
		List<Object> result = new ArrayList<>();
		for (long i = 0; i < times; i++) {
			result.addAll(list);
		}
		return result;
	}

	/**
	 * Both operands are checked on the datum, so a wrong type is the DIV term's error.
	 */
	private static Object divide(Call call) {
		double result = Types.number(call.datum(0));
		for (int i = 1; i < call.count(); i++) {
			double divisor = Types.number(call.datum(i));
			if (divisor == 0) {
				throw QueryException.queryLogic("Cannot divide by zero.");
			}
			result = finite(result / divisor);
		}
		return result;
	}

	private static Object modulo(Call call) {
		long dividend = call.integer(0);
		long divisor = call.integer(1);
		if (divisor == 0) {
			throw QueryException.queryLogic("Cannot take a number modulo 0.");
		}
		if (dividend == Long.MIN_VALUE && divisor == -1) {
			throw QueryException.queryLogic("Cannot take " + dividend + " mod " + divisor);
		}
		return (double) (dividend % divisor);
	}

	private static double roundHalfAwayFromZero(double value) {
		return (value < 0) ? -Math.floor(-value + 0.5) : Math.floor(value + 0.5);
	}

	/** Floats by default only without bounds; {@code float: false} needs one or two. */
	private static Object random(Call call) {
		boolean floating = call.optBool("float", call.count() == 0);
		if (floating) {
			double low = (call.count() == 2) ? call.number(0) : 0;
			double high = (call.count() == 0) ? 1 : call.number(call.count() - 1);
			double result = low + ThreadLocalRandom.current().nextDouble() * (high - low);
			return (result == high && low != high) ? low : result;
		}
		if (call.count() == 0) {
			throw QueryException.queryLogic("Generating a random integer requires one or two bounds.");
		}
		long low = (call.count() == 2) ? bound("Lower", call.number(0)) : 0;
		long high = bound("Upper", call.number(call.count() - 1));
		if (low >= high) {
			throw QueryException.queryLogic("Lower bound (" + low + ") is not less than upper bound (" + high + ").");
		}
		return (double) ThreadLocalRandom.current().nextLong(low, high);
	}

	private static long bound(String which, double value) {
		if (value != Math.rint(value) || Math.abs(value) > Types.MAX_EXACT_INTEGER) {
			throw QueryException.queryLogic(
					which + " bound (" + Printer.exact(value) + ") could not be safely converted to an integer.");
		}
		return (long) value;
	}

	private static Object bits(Call call, LongBinaryOperator operator) {
		long result = bitOperand(call, 0);
		for (int i = 1; i < call.count(); i++) {
			result = operator.applyAsLong(result, bitOperand(call, i));
		}
		return (double) result;
	}

	/** An operand of a bitwise term: an integer in [-2^53, 2^53). */
	private static long bitOperand(Call call, int i) {
		long value = call.integer(i);
		if (value < -(1L << 53) || value >= (1L << 53)) {
			throw QueryException.queryLogic("Integer too large: " + value);
		}
		return value;
	}

	/** BIT_SAL and BIT_SAR: the count may be any non-negative integer. */
	private static Object shift(Call call, boolean left) {
		long value = bitOperand(call, 0);
		long count = call.integer(1);
		if (count < 0) {
			throw QueryException.queryLogic("Cannot bit-shift by a negative value");
		}
		if (left) {
			return finite((value == 0) ? 0 : value * Math.pow(2, Math.min(count, 4096)));
		}
		return (double) ((count > 63) ? ((value < 0) ? -1 : 0) : value >> count);
	}

	static double finite(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw QueryException.queryLogic("Non-finite number: " + Printer.exact(value));
		}
		return value;
	}

}
