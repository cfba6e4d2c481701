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
		specs.term(TermType.BIT_SAL).args(2).is((call) -> bits(call, (a, b) -> a << b));
		specs.term(TermType.BIT_SAR).args(2).is((call) -> bits(call, (a, b) -> a >> b));
		specs.term(TermType.BIT_NOT).args(1).is((call) -> (double) ~call.integer(0));
	}

	private static Object add(Call call) {
		Object result = call.datum(0);
		for (int i = 1; i < call.count(); i++) {
			Object left = result;
			Object right = call.datum(i);
			result = call.framed(i, () -> add(left, right, call.context()));
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
			result = call.framed(i, () -> subtract(left, right));
		}
		return result;
	}

	private static Object subtract(@Nullable Object left, @Nullable Object right) {
		if (Datums.isPseudo(left, "TIME")) {
			if (Datums.isPseudo(right, "TIME")) {
				return Times.epochSeconds(left) - Times.epochSeconds(right);
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
			result = call.framed(i, () -> multiply(left, right, call.context()));
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

	private static Object divide(Call call) {
		double result = call.number(0);
		for (int i = 1; i < call.count(); i++) {
			double divisor = call.number(i);
			if (divisor == 0) {
				throw QueryException.queryLogic("Cannot divide by zero.").withFrame(i);
			}
			result = finite(result / divisor);
		}
		return result;
	}

	private static Object modulo(Call call) {
		long dividend = call.integer(0);
		long divisor = call.integer(1);
		if (divisor == 0) {
			throw QueryException.queryLogic("Cannot take a number modulo 0.").withFrame(1);
		}
		if (dividend == Long.MIN_VALUE && divisor == -1) {
			throw QueryException.queryLogic("Cannot take " + dividend + " mod " + divisor);
		}
		return (double) (dividend % divisor);
	}

	private static double roundHalfAwayFromZero(double value) {
		return (value < 0) ? -Math.floor(-value + 0.5) : Math.floor(value + 0.5);
	}

	private static Object random(Call call) {
		boolean floating = call.optBool("float", false);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		if (call.count() == 0) {
			return random.nextDouble();
		}
		double low = (call.count() == 2) ? call.number(0) : 0;
		double high = call.number(call.count() - 1);
		if (floating) {
			return (low == high) ? low : low + random.nextDouble() * (high - low);
		}
		long lowInt = Types.integer(low);
		long highInt = Types.integer(high);
		if (lowInt >= highInt) {
			throw QueryException
				.queryLogic("Lower bound (" + lowInt + ") is not less than upper bound (" + highInt + ").");
		}
		return (double) random.nextLong(lowInt, highInt);
	}

	private static Object bits(Call call, LongBinaryOperator operator) {
		long result = call.integer(0);
		for (int i = 1; i < call.count(); i++) {
			result = operator.applyAsLong(result, call.integer(i));
		}
		return (double) result;
	}

	static double finite(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw QueryException.queryLogic("Non-finite number: " + Printer.number(value));
		}
		return value;
	}

}
