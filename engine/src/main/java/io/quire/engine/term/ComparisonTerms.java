package io.quire.engine.term;

import java.util.function.IntPredicate;

import io.quire.engine.datum.DatumOrder;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/** Comparison and logic: EQ, NE, LT, LE, GT, GE, AND, OR, NOT. */
final class ComparisonTerms {

	private ComparisonTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.EQ).args(1, -1).is((call) -> chain(call, (c) -> c == 0));
		specs.term(TermType.NE).args(1, -1).is((call) -> !chain(call, (c) -> c == 0));
		specs.term(TermType.LT).args(1, -1).is((call) -> chain(call, (c) -> c < 0));
		specs.term(TermType.LE).args(1, -1).is((call) -> chain(call, (c) -> c <= 0));
		specs.term(TermType.GT).args(1, -1).is((call) -> chain(call, (c) -> c > 0));
		specs.term(TermType.GE).args(1, -1).is((call) -> chain(call, (c) -> c >= 0));
		specs.term(TermType.NOT).args(1).is((call) -> !Values.truthy(call.datum(0)));
		specs.term(TermType.AND).args(0, -1).is(ComparisonTerms::and);
		specs.term(TermType.OR).args(0, -1).is(ComparisonTerms::or);
	}

	/** Whether every adjacent pair satisfies the comparison. */
	private static boolean chain(Call call, IntPredicate accepts) {
		Object previous = call.datum(0);
		boolean result = true;
		for (int i = 1; i < call.count(); i++) {
			Object next = call.datum(i);
			result &= accepts.test(DatumOrder.compare(previous, next));
			previous = next;
		}
		return result;
	}

	private static @Nullable Object and(Call call) {
		Object last = true;
		for (int i = 0; i < call.count(); i++) {
			last = call.datum(i);
			if (!Values.truthy(last)) {
				return last;
			}
		}
		return last;
	}

	private static @Nullable Object or(Call call) {
		Object last = false;
		for (int i = 0; i < call.count(); i++) {
			last = call.datum(i);
			if (Values.truthy(last)) {
				return last;
			}
		}
		return last;
	}

}
