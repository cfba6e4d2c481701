package io.quire.engine.datum;

import io.quire.engine.QueryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TimesTests {

	@Test
	void parsesIso8601WithZoneAndFraction() {
		Object time = Times.parseIso8601("2013-07-30T20:56:05.679-07:00", null);
		assertThat(Times.epochSeconds(time)).isEqualTo(1375242965.679);
		assertThat(Times.timezone(time)).isEqualTo("-07:00");
		assertThat(Times.toIso8601(time)).isEqualTo("2013-07-30T20:56:05.679-07:00");
	}

	@Test
	void usesDefaultZoneOnlyWhenTextHasNone() {
		assertThat(Times.timezone(Times.parseIso8601("2013-07-30T20:56:05", "+01:00"))).isEqualTo("+01:00");
		assertThat(Times.toIso8601(Times.parseIso8601("2013-07-30", "Z"))).isEqualTo("2013-07-30T00:00:00+00:00");
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> Times.parseIso8601("2013-07-30T20:56", null));
	}

	@Test
	void roundsToMilliseconds() {
		assertThat(Times.epochSeconds(Times.time(1.23456, "+00:00"))).isEqualTo(1.235);
	}

	@Test
	void rejectsBadZones() {
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> Times.offsetSeconds("07:00"));
		assertThat(Times.canonicalZone("Z")).isEqualTo("+00:00");
		assertThat(Times.canonicalZone("-0700")).isEqualTo("-07:00");
	}

}
