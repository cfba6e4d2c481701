package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTermsTests {

	private final ReqlTester reql = new ReqlTester();

	private static final String TIME = "[136,[2013,7,30,20,56,5.5,'-07:00']]";

	@Test
	void constructorsBuildTimePseudoTypes() {
		assertThat(this.reql.json("[101,[1375242965.5]]"))
			.isEqualTo("{\"$reql_type$\":\"TIME\",\"epoch_time\":1375242965.5,\"timezone\":\"+00:00\"}");
		assertThat(this.reql.json("[102,[" + TIME + "]]")).isEqualTo("1375242965.5");
		assertThat(this.reql.json("[100,[[136,[2013,7,30,'Z']]]]")).isEqualTo("\"2013-07-30T00:00:00+00:00\"");
		assertThat(this.reql.json("[100,[[99,['2013-07-30T20:56:05-07:00']]]]"))
			.isEqualTo("\"2013-07-30T20:56:05-07:00\"");
	}

	@Test
	void nowIsFixedForTheWholeQuery() {
		assertThat(this.reql.value("[17,[[103,[]],[103,[]]]]")).isEqualTo(true);
	}

	@Test
	void calendarParts() {
		assertThat(this.reql.json("[2,[[128,[" + TIME + "]],[129,[" + TIME + "]],[130,[" + TIME + "]],[131,[" + TIME
				+ "]],[132,[" + TIME + "]],[133,[" + TIME + "]],[134,[" + TIME + "]],[135,[" + TIME + "]]]]"))
			.isEqualTo("[2013,7,30,2,211,20,56,5.5]");
		assertThat(this.reql.json("[127,[" + TIME + "]]")).isEqualTo("\"-07:00\"");
		assertThat(this.reql.json("[100,[[106,[" + TIME + "]]]]")).isEqualTo("\"2013-07-30T00:00:00-07:00\"");
		assertThat(this.reql.json("[2,[[107,[]],[113,[]],[125,[]]]]")).isEqualTo("[1,7,12]");
	}

	@Test
	void inTimezoneKeepsTheInstant() {
		assertThat(this.reql.json("[100,[[104,[" + TIME + ",'+01:00']]]]"))
			.isEqualTo("\"2013-07-31T04:56:05.500+01:00\"");
	}

	@Test
	void duringUsesHalfOpenIntervalByDefault() {
		String start = "[101,[0]]";
		assertThat(this.reql.value("[105,[[101,[5]]," + start + ",[101,[10]]]]")).isEqualTo(true);
		assertThat(this.reql.value("[105,[[101,[10]]," + start + ",[101,[10]]]]")).isEqualTo(false);
		assertThat(this.reql.value("[105,[[101,[10]]," + start + ",[101,[10]]],{'right_bound':'closed'}]"))
			.isEqualTo(true);
		assertThat(this.reql.value("[105,[[101,[10]],[180,[]],[181,[]]]]")).isEqualTo(true);
	}

	@Test
	void timeArithmetic() {
		assertThat(this.reql.json("[102,[[25,[[101,[10]],2.5]]]]")).isEqualTo("7.5");
	}

	@Test
	void badTimesFail() {
		assertThat(this.reql.error("[102,[1]]").getMessage()).isEqualTo("Expected type PTYPE<TIME> but found NUMBER.");
		assertThat(this.reql.error("[99,['nope']]").getMessage()).isEqualTo("Invalid date string `nope`.");
	}

	@Test
	void timesOutsideTheCalendarAreKeptButHaveNoCalendarFields() {
		assertThat(this.reql.json("[102,[[101,[253440000000]]]]")).isEqualTo("253440000000");
		assertThat(this.reql.json("[102,[[101,[-17990000000]]]]")).isEqualTo("-17990000000");
		String outOfRange = "Error in time logic: Year is out of valid range: 1400..10000.";
		for (String term : new String[] { "[128,[[101,[253440000000]]]]", "[128,[[101,[-17990000000]]]]",
				"[100,[[101,[1e300]]]]" }) {
			var error = this.reql.error(term);
			assertThat(error.getMessage()).as(term).isEqualTo(outOfRange);
			assertThat(error.errorType()).as(term).isEqualTo(ErrorType.QUERY_LOGIC);
		}
		assertThat(this.reql.json("[128,[[101,[253430000000]]]]")).isEqualTo("10000");
		assertThat(this.reql.error("[100,[[101,[253430000000]]]]").getMessage())
			.isEqualTo("Year `10000` out of valid ISO 8601 range [0, 9999].");
	}

	@Test
	void timesAtTheEdgesOfTheRangeAreKept() {
		assertThat(this.reql.json("[100,[[101,[253402300799.999]]]]")).isEqualTo("\"9999-12-31T23:59:59.999+00:00\"");
		assertThat(this.reql.json("[100,[[101,[-17987443200]]]]")).isEqualTo("\"1400-01-01T00:00:00+00:00\"");
	}

	@Test
	void toIso8601PrintsMillisecondsOnlyWhenTheSecondIsNotWhole() {
		assertThat(this.reql.json("[100,[[101,[0]]]]")).isEqualTo("\"1970-01-01T00:00:00+00:00\"");
		assertThat(this.reql.json("[100,[[101,[1.5]]]]")).isEqualTo("\"1970-01-01T00:00:01.500+00:00\"");
		assertThat(this.reql.json("[100,[[99,['2013-01-01T13:00:00.000000+00:00']]]]"))
			.isEqualTo("\"2013-01-01T13:00:00+00:00\"");
	}

	@Test
	void negativeZeroOffsetsAreRefused() {
		for (String zone : new String[] { "-00", "-00:00" }) {
			String expected = "`" + zone + "` is not a valid time offset.";
			assertThat(this.reql.error("[104,[[101,[0]],'" + zone + "']]").getMessage()).isEqualTo(expected);
			assertThat(this.reql.error("[136,[2013,1,1,'" + zone + "']]").getMessage()).isEqualTo(expected);
		}
		assertThat(this.reql.json("[127,[[104,[[101,[0]],'+00']]]]")).isEqualTo("\"+00:00\"");
	}

	@Test
	void offsetsWithTooManyHoursOrMinutesNameTheWrongPart() {
		assertThat(this.reql.error("[104,[[101,[0]],'+25:00']]").getMessage())
			.isEqualTo("Hours out of range in `+25:00`.");
		assertThat(this.reql.error("[136,[2013,1,1,'+00:60']]").getMessage())
			.isEqualTo("Minutes out of range in `+00:60`.");
		assertThat(this.reql.error("[99,['2013-01-01T00:00:00+25:00']]").getMessage())
			.isEqualTo("Hours out of range in `+25:00`.");
	}

	@Test
	void theSameInstantInOtherZonesKeepsItsZoneAndShiftsTheCalendar() {
		String t = "[136,[2013,7,29,23,30,0,'+00:00']]";
		assertThat(this.reql.json("[2,[[127,[[104,[" + t + ",'-00:59']]]],[130,[[104,[" + t + ",'-00:59']]]],"
				+ "[127,[[104,[" + t + ",'+01:01']]]],[130,[[104,[" + t + ",'+01:01']]]]]]"))
			.isEqualTo("[\"-00:59\",29,\"+01:01\",30]");
		assertThat(this.reql.json("[25,[[104,[" + t + ",'+01:01']]," + t + "]]")).isEqualTo("0");
		assertThat(this.reql.json("[100,[[106,[[104,[[101,[1436428422.339]],'-07:00']]]]]]"))
			.isEqualTo("\"2015-07-09T00:00:00-07:00\"");
	}

	@Test
	void timesCannotBeTakenApartLikeObjects() {
		String now = "[103,[]]";
		assertThat(this.reql.error("[170,[" + now + ",'epoch_time']]").getMessage())
			.isEqualTo("Cannot call `bracket` on objects of type `PTYPE<TIME>`.");
		assertThat(this.reql.error("[31,[" + now + ",'epoch_time']]").getMessage())
			.isEqualTo("Cannot call `get_field` on objects of type `PTYPE<TIME>`.");
		assertThat(this.reql.error("[94,[" + now + "]]").getMessage())
			.isEqualTo("Cannot call `keys` on objects of type `PTYPE<TIME>`.");
		assertThat(this.reql.error("[33,[" + now + ",'epoch_time']]").getMessage())
			.isEqualTo("Cannot call `pluck` on objects of type `PTYPE<TIME>`.");
		assertThat(this.reql.error("[34,[" + now + ",'epoch_time']]").getMessage())
			.isEqualTo("Cannot call `without` on objects of type `PTYPE<TIME>`.");
		assertThat(this.reql.error("[35,[" + now + ",{'foo':4}]]").getMessage())
			.isEqualTo("Cannot call `merge` on objects of type `PTYPE<TIME>`.");
		assertThat(this.reql.error("[35,[{'foo':4}," + now + "]]").getMessage())
			.isEqualTo("Cannot merge objects of type `PTYPE<TIME>`.");
		assertThat(this.reql.error("[32,[" + now + ",'epoch_time']]").getMessage())
			.isEqualTo("Cannot call `has_fields` on objects of type `PTYPE<TIME>`.");
	}

	@Test
	void objectTermsStillWorkOnTimesInsideObjects() {
		assertThat(this.reql.json("[100,[[170,[{'t':[101,[0]]},'t']]]]")).isEqualTo("\"1970-01-01T00:00:00+00:00\"");
	}

	@Test
	void offsetsUpToTwentyFourHoursKeepTheirWallClock() {
		assertThat(this.reql.json("[100,[[136,[2013,1,1,'+24:00']]]]")).isEqualTo("\"2013-01-01T00:00:00+24:00\"");
		assertThat(this.reql.json("[136,[2013,1,1,'+19:00']]"))
			.isEqualTo("{\"$reql_type$\":\"TIME\",\"epoch_time\":1356930000,\"timezone\":\"+19:00\"}");
		assertThat(this.reql.json("[100,[[104,[[101,[1357000000]],'-23:30']]]]"))
			.isEqualTo("\"2012-12-31T00:56:40-23:30\"");
		assertThat(this.reql.json("[100,[[106,[[99,['2013-01-01T05:00:00+20:00']]]]]]"))
			.isEqualTo("\"2013-01-01T00:00:00+20:00\"");
		assertThat(this.reql.error("[104,[[101,[0]],'+25:00']]").getMessage())
			.isEqualTo("Hours out of range in `+25:00`.");
	}

	@Test
	void timeWithFiveOrSixArgumentsFailsWhenItRuns() {
		assertThat(this.reql.error("[136,[2013,7,29,23,'Z']]").getMessage())
			.isEqualTo("Got 5 arguments to TIME (expected 4 or 7).");
	}

	@Test
	void theDifferenceOfTwoTimesIsRoundedToMilliseconds() {
		assertThat(this.reql.json("[25,[[101,[2375147296.681]],[101,[1375147296.681]]]]")).isEqualTo("1000000000");
	}

}
