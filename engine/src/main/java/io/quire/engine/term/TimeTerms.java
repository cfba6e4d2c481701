package io.quire.engine.term;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.function.ToDoubleFunction;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Times;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Times: NOW, TIME, EPOCH_TIME, ISO8601, TO_EPOCH_TIME, TO_ISO8601, DURING, IN_TIMEZONE,
 * DATE, TIME_OF_DAY, TIMEZONE, the calendar parts, and the day and month constants.
 */
final class TimeTerms {

	private static final TermType[] DAYS = { TermType.MONDAY, TermType.TUESDAY, TermType.WEDNESDAY, TermType.THURSDAY,
			TermType.FRIDAY, TermType.SATURDAY, TermType.SUNDAY };

	private static final TermType[] MONTHS = { TermType.JANUARY, TermType.FEBRUARY, TermType.MARCH, TermType.APRIL,
			TermType.MAY, TermType.JUNE, TermType.JULY, TermType.AUGUST, TermType.SEPTEMBER, TermType.OCTOBER,
			TermType.NOVEMBER, TermType.DECEMBER };

	private TimeTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.NOW)
			.determinism(Determinism.Rule.of(Determinism.CONSTANT_NOW))
			.args(0)
			.is((call) -> call.context().now());
		specs.term(TermType.TIME).args(4, 7).is(TimeTerms::time);
		specs.term(TermType.EPOCH_TIME).args(1).is((call) -> Times.time(call.number(0), "+00:00"));
		specs.term(TermType.ISO8601)
			.args(1)
			.optargs("default_timezone")
			.is((call) -> Times.parseIso8601(call.string(0), call.optString("default_timezone")));
		specs.term(TermType.TO_EPOCH_TIME).args(1).is((call) -> Times.epochSeconds(time(call, 0)));
		specs.term(TermType.TO_ISO8601).args(1).is((call) -> Times.toIso8601(time(call, 0)));
		specs.term(TermType.DURING).args(3).optargs("left_bound", "right_bound").is(TimeTerms::during);
		specs.term(TermType.IN_TIMEZONE)
			.args(2)
			.is((call) -> Times.time(Times.epochSeconds(time(call, 0)), Times.canonicalZone(call.string(1))));
		specs.term(TermType.TIMEZONE).args(1).is((call) -> Times.timezone(time(call, 0)));
		specs.term(TermType.DATE).args(1).is(TimeTerms::date);
		part(specs, TermType.YEAR, (t) -> t.getYear());
		part(specs, TermType.MONTH, (t) -> t.getMonthValue());
		part(specs, TermType.DAY, (t) -> t.getDayOfMonth());
		part(specs, TermType.DAY_OF_WEEK, (t) -> t.getDayOfWeek().getValue());
		part(specs, TermType.DAY_OF_YEAR, (t) -> t.getDayOfYear());
		part(specs, TermType.HOURS, (t) -> t.getHour());
		part(specs, TermType.MINUTES, (t) -> t.getMinute());
		part(specs, TermType.SECONDS, (t) -> t.getSecond() + t.getNano() / 1e9);
		part(specs, TermType.TIME_OF_DAY, (t) -> t.toLocalTime().toSecondOfDay() + t.getNano() / 1e9);
		for (int i = 0; i < DAYS.length; i++) {
			double value = i + 1;
			specs.term(DAYS[i]).args(0).is((call) -> value);
		}
		for (int i = 0; i < MONTHS.length; i++) {
			double value = i + 1;
			specs.term(MONTHS[i]).args(0).is((call) -> value);
		}
	}

	private static void part(Specs specs, TermType type, ToDoubleFunction<LocalDateTime> part) {
		specs.term(type).args(1).is((call) -> roundMillis(part.applyAsDouble(Times.dateTime(time(call, 0)))));
	}

	/** Seconds rounded to milliseconds, the precision RethinkDB keeps for times. */
	static double roundMillis(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	private static @Nullable Object time(Call call, int i) {
		Object datum = call.datum(i);
		return call.framed(i, () -> Times.requireTime(datum));
	}

	private static Object time(Call call) {
		if (call.count() != 4 && call.count() != 7) {
			throw QueryException.queryLogic("Got " + call.count() + " arguments to TIME (expected 4 or 7).");
		}
		String zone = Times.canonicalZone(call.string(call.count() - 1));
		int hour = (call.count() == 7) ? (int) call.integer(3) : 0;
		int minute = (call.count() == 7) ? (int) call.integer(4) : 0;
		double second = (call.count() == 7) ? call.number(5) : 0;
		try {
			LocalDateTime local = LocalDateTime.of((int) call.integer(0), (int) call.integer(1), (int) call.integer(2),
					hour, minute, (int) second, (int) Math.round((second - Math.floor(second)) * 1e9));
			return Times.time(local, zone);
		}
		catch (DateTimeException ex) {
			throw QueryException.queryLogic("Error in time logic: " + ex.getMessage() + ".");
		}
	}

	private static Object date(Call call) {
		Object time = time(call, 0);
		return Times.time(Times.dateTime(time).toLocalDate().atStartOfDay(), Times.timezone(time));
	}

	private static Object during(Call call) {
		double instant = Times.epochSeconds(time(call, 0));
		boolean leftClosed = !"open".equals(call.optString("left_bound"));
		boolean rightClosed = "closed".equals(call.optString("right_bound"));
		Object start = call.arg(1);
		Object end = call.arg(2);
		boolean afterStart = start == Extremum.MINVAL
				|| compare(instant, Times.epochSeconds(time(call, 1)), leftClosed, 1);
		boolean beforeEnd = end == Extremum.MAXVAL
				|| compare(instant, Times.epochSeconds(time(call, 2)), rightClosed, -1);
		return afterStart && beforeEnd;
	}

	private static boolean compare(double instant, double bound, boolean closed, int side) {
		double difference = (instant - bound) * side;
		return closed ? difference >= 0 : difference > 0;
	}

}
