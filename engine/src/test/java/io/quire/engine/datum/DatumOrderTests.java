package io.quire.engine.datum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatumOrderTests {

	@Test
	void typesOrderAsRethinkDbDoes() {
		Object time = Times.time(0, "+00:00");
		Object binary = Datums.object(Datums.REQL_TYPE, "BINARY", "data", "");
		List<Object> values = new ArrayList<>(
				Arrays.asList("a", time, binary, Datums.object("a", 1.0), 1.0, null, true, List.of(1.0)));
		values.sort(DatumOrder.COMPARATOR);
		assertThat(values).containsExactly(List.of(1.0), true, null, 1.0, Datums.object("a", 1.0), binary, time, "a");
	}

	@Test
	void valuesOfOneTypeOrderNaturally() {
		assertThat(DatumOrder.compare(false, true)).isNegative();
		assertThat(DatumOrder.compare(-1.0, 2.0)).isNegative();
		assertThat(DatumOrder.compare("B", "a")).isNegative();
		assertThat(DatumOrder.compare(List.of(1.0), List.of(1.0, 0.0))).isNegative();
		assertThat(DatumOrder.compare(List.of(2.0), List.of(1.0, 5.0))).isPositive();
		assertThat(DatumOrder.compare(Times.time(1, "+00:00"), Times.time(2, "-07:00"))).isNegative();
	}

	@Test
	void objectsCompareByKeysThenValues() {
		assertThat(DatumOrder.compare(Datums.object("a", 1.0), Datums.object("b", 0.0))).isNegative();
		assertThat(DatumOrder.compare(Datums.object("a", 1.0), Datums.object("a", 2.0))).isNegative();
		assertThat(DatumOrder.compare(Datums.object("a", 1.0), Datums.object("a", 1.0, "b", 1.0))).isNegative();
	}

	@Test
	void stringsCompareByCodePoint() {
		assertThat(DatumOrder.compareStrings("\uffff", "\ud83d\ude00")).isNegative();
	}

	@Test
	void equalityTreatsZeroesAndNumbersByValue() {
		assertThat(Datums.equal(0.0, -0.0)).isTrue();
		assertThat(Datums.equal(List.of(1.0), List.of(1.0))).isTrue();
		assertThat(Datums.equal(1.0, "1")).isFalse();
	}

	@Test
	void normalizeTurnsEveryNumberIntoDouble() {
		Object normalized = Datums.normalize(Arrays.asList(1, 2L, new java.math.BigInteger("3"), 4.5f));
		assertThat(normalized).isEqualTo(List.of(1.0, 2.0, 3.0, 4.5));
	}

	@Test
	void typeNamesFollowRethinkDb() {
		assertThat(Datums.typeName(null)).isEqualTo("NULL");
		assertThat(Datums.typeName(1.0)).isEqualTo("NUMBER");
		assertThat(Datums.typeName(Times.time(0, "+00:00"))).isEqualTo("PTYPE<TIME>");
		assertThat(Datums.typeName(Datums.object())).isEqualTo("OBJECT");
	}

}
