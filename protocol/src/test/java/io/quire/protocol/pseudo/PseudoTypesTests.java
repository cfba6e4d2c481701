package io.quire.protocol.pseudo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.protocol.json.ReqlJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PseudoTypesTests {

	private static final OffsetDateTime PACIFIC = OffsetDateTime.parse("2013-07-29T18:21:36.680-07:00");

	@Test
	void timeShouldKeepTheOffsetAndMillisecondEpochSeconds() {
		Map<String, Object> time = PseudoTypes.time(PACIFIC);
		assertThat(time).containsExactly(Map.entry("$reql_type$", "TIME"), Map.entry("epoch_time", 1375147296.68),
				Map.entry("timezone", "-07:00"));
		assertThat(ReqlJson.writeString(time)).contains("\"timezone\":\"-07:00\"");
	}

	@Test
	void instantShouldBeWrittenInUtc() {
		Map<String, Object> time = PseudoTypes.time(Instant.parse("2024-02-29T12:00:00Z"));
		assertThat(time.get("timezone")).isEqualTo("+00:00");
		assertThat(ReqlJson.writeString(time.get("epoch_time"))).isEqualTo("1709208000");
	}

	@Test
	void timeShouldTruncateToMilliseconds() {
		Instant precise = Instant.parse("2020-01-01T00:00:00.123456789Z");
		assertThat(PseudoTypes.toInstant(PseudoTypes.time(precise)))
			.isEqualTo(Instant.parse("2020-01-01T00:00:00.123Z"));
	}

	@Test
	void negativeEpochsShouldRoundTrip() {
		for (String text : new String[] { "1969-12-31T23:59:59.500Z", "1900-01-01T00:00:00Z",
				"0001-01-01T00:00:00.001Z", "1969-12-31T23:59:59.999Z" }) {
			Instant instant = Instant.parse(text);
			assertThat(PseudoTypes.toInstant(PseudoTypes.time(instant))).as(text).isEqualTo(instant);
		}
		assertThat(PseudoTypes.time(Instant.parse("1969-12-31T23:59:59.500Z")).get("epoch_time")).isEqualTo(-0.5);
	}

	@Test
	void toOffsetDateTimeShouldReadWhatRethinkDbSends() {
		Object parsed = ReqlJson
			.read("{\"$reql_type$\":\"TIME\",\"epoch_time\":1375147296.68,\"timezone\":\"-07:00\"}");
		OffsetDateTime dateTime = PseudoTypes.toOffsetDateTime((Map<?, ?>) parsed);
		assertThat(dateTime).isEqualTo(PACIFIC);
		assertThat(dateTime.getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
	}

	@Test
	void integralEpochTimesShouldBeAccepted() {
		Object parsed = ReqlJson.read("{\"$reql_type$\":\"TIME\",\"epoch_time\":-86400,\"timezone\":\"+05:30\"}");
		assertThat(PseudoTypes.toOffsetDateTime((Map<?, ?>) parsed))
			.isEqualTo(OffsetDateTime.parse("1969-12-31T05:30:00+05:30"));
	}

	@Test
	void offsetsShouldBeWrittenAsHoursAndMinutes() {
		assertThat(timezoneOf(ZoneOffset.ofHoursMinutes(5, 45))).isEqualTo("+05:45");
		assertThat(timezoneOf(ZoneOffset.ofHoursMinutes(0, -30))).isEqualTo("-00:30");
		assertThat(timezoneOf(ZoneOffset.ofHours(-12))).isEqualTo("-12:00");
		assertThat(timezoneOf(ZoneOffset.ofHoursMinutesSeconds(1, 2, 3))).isEqualTo("+01:02");
	}

	@Test
	void binaryShouldUseStandardBase64() {
		byte[] bytes = { 0, -1, 62, 63, (byte) 0xfb, (byte) 0xff };
		Map<String, Object> binary = PseudoTypes.binary(bytes);
		assertThat(binary).containsExactly(Map.entry("$reql_type$", "BINARY"), Map.entry("data", "AP8+P/v/"));
		assertThat(PseudoTypes.toBytes(binary)).isEqualTo(bytes);
		assertThat(PseudoTypes.toBytes(PseudoTypes.binary(new byte[0]))).isEmpty();
	}

	@Test
	void isTimeAndIsBinaryShouldLookAtTheTag() {
		assertThat(PseudoTypes.isTime(PseudoTypes.time(PACIFIC))).isTrue();
		assertThat(PseudoTypes.isBinary(PseudoTypes.time(PACIFIC))).isFalse();
		assertThat(PseudoTypes.isBinary(PseudoTypes.binary(new byte[1]))).isTrue();
		assertThat(PseudoTypes.isTime(Map.of("epoch_time", 1))).isFalse();
		assertThat(PseudoTypes.isGroupedData(Map.of("$reql_type$", "GROUPED_DATA", "data", List.of()))).isTrue();
	}

	@Test
	void convertPseudoTypesShouldTurnNestedTimesIntoOffsetDateTimesWhenTimeZoneAware() {
		Object parsed = ReqlJson.read(ReqlJson
			.write(Map.of("doc", List.of(PseudoTypes.time(PACIFIC), PseudoTypes.binary(new byte[] { 7 }), "text"))));
		Map<?, ?> converted = (Map<?, ?>) PseudoTypes.convertPseudoTypes(parsed, true);
		List<?> doc = (List<?>) converted.get("doc");
		assertThat(doc.get(0)).isEqualTo(PACIFIC);
		assertThat((byte[]) doc.get(1)).containsExactly(7);
		assertThat(doc.get(2)).isEqualTo("text");
	}

	@Test
	void convertPseudoTypesShouldTurnTimesIntoInstantsWhenNotTimeZoneAware() {
		Object parsed = ReqlJson.read(ReqlJson.write(List.of(PseudoTypes.time(PACIFIC))));
		assertThat(PseudoTypes.convertPseudoTypes(parsed, false)).isEqualTo(List.of(PACIFIC.toInstant()));
	}

	@Test
	void convertPseudoTypesShouldKeepGroupedDataButConvertWhatIsInside() {
		Map<String, Object> grouped = new LinkedHashMap<>();
		grouped.put("$reql_type$", "GROUPED_DATA");
		grouped.put("data", List.of(List.of("a", PseudoTypes.time(Instant.EPOCH))));
		Map<?, ?> converted = (Map<?, ?>) PseudoTypes.convertPseudoTypes(grouped, false);
		assertThat(converted.get("$reql_type$")).isEqualTo("GROUPED_DATA");
		assertThat(converted.get("data")).isEqualTo(List.of(List.of("a", Instant.EPOCH)));
	}

	@Test
	void convertPseudoTypesShouldReturnValuesWithoutPseudoTypesAsTheyAre() {
		Object parsed = ReqlJson
			.read("{\"a\":[1,{\"b\":\"c\"}],\"g\":{\"$reql_type$\":\"GEOMETRY\",\"type\":\"Point\"}}");
		assertThat(PseudoTypes.convertPseudoTypes(parsed, true)).isSameAs(parsed);
		assertThat(PseudoTypes.convertPseudoTypes(null, true)).isNull();
		assertThat(PseudoTypes.convertPseudoTypes(5L, true)).isEqualTo(5L);
	}

	@Test
	void convertPseudoTypesShouldRejectMalformedTimes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PseudoTypes.convertPseudoTypes(Map.of("$reql_type$", "TIME", "timezone", "+00:00"), true))
			.withMessageContaining("epoch_time");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PseudoTypes
				.convertPseudoTypes(Map.of("$reql_type$", "TIME", "epoch_time", 1, "timezone", "Mars/Olympus"), true))
			.withMessageContaining("timezone");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PseudoTypes.convertPseudoTypes(Map.of("$reql_type$", "BINARY", "data", "%%"), true));
	}

	@Test
	void toReqlShouldTurnJavaTimesAndBytesIntoPseudoTypes() {
		assertThat(PseudoTypes.toReql(PACIFIC)).isEqualTo(PseudoTypes.time(PACIFIC));
		assertThat(PseudoTypes.toReql(Instant.EPOCH))
			.isEqualTo(Map.of("$reql_type$", "TIME", "epoch_time", 0.0, "timezone", "+00:00"));
		ZonedDateTime zoned = ZonedDateTime.of(2021, 1, 15, 9, 30, 0, 0, ZoneId.of("America/Denver"));
		assertThat(PseudoTypes.toReql(zoned)).isEqualTo(PseudoTypes.time(zoned.toOffsetDateTime()));
		assertThat(((Map<?, ?>) PseudoTypes.toReql(zoned)).get("timezone")).isEqualTo("-07:00");
		assertThat(PseudoTypes.toReql(LocalDate.of(1960, 2, 1)))
			.isEqualTo(PseudoTypes.time(Instant.parse("1960-02-01T00:00:00Z")));
		assertThat(PseudoTypes.toReql(Date.from(Instant.EPOCH))).isEqualTo(PseudoTypes.time(Instant.EPOCH));
		assertThat(PseudoTypes.toReql(new byte[] { 1 })).isEqualTo(PseudoTypes.binary(new byte[] { 1 }));
	}

	@Test
	void toReqlShouldConvertThroughMapsListsAndArrays() {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("when", List.of(Instant.EPOCH));
		doc.put("blob", new Object[] { new byte[] { 2 } });
		doc.put("name", "n");
		Object reql = PseudoTypes.toReql(doc);
		assertThat(ReqlJson.writeString(reql)).isEqualTo("{\"when\":[{\"$reql_type$\":\"TIME\",\"epoch_time\":0,"
				+ "\"timezone\":\"+00:00\"}],\"blob\":[{\"$reql_type$\":\"BINARY\",\"data\":\"Ag==\"}],\"name\":\"n\"}");
		assertThat(doc.get("when")).isEqualTo(List.of(Instant.EPOCH));
	}

	@Test
	void toReqlShouldReturnValuesWithoutJavaTimesOrBytesAsTheyAre() {
		List<Object> plain = Arrays.asList("a", 1L, null, Map.of("k", List.of(true)));
		assertThat(PseudoTypes.toReql(plain)).isSameAs(plain);
	}

	@Test
	void timeZoneAwareRoundTripShouldKeepInstantAndOffset() {
		OffsetDateTime original = OffsetDateTime.parse("1955-11-05T06:15:00.250+09:30");
		Object wire = ReqlJson.read(ReqlJson.write(PseudoTypes.toReql(original)));
		assertThat(PseudoTypes.convertPseudoTypes(wire, true)).isEqualTo(original);
	}

	private static Object timezoneOf(ZoneOffset offset) {
		return PseudoTypes.time(Instant.EPOCH, offset).get("timezone");
	}

}
