package io.quire.protocol.json;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReqlJsonTests {

	@Test
	void writeShouldWriteIntegralDoublesAsIntegers() {
		assertThat(ReqlJson.writeString(1.0)).isEqualTo("1");
		assertThat(ReqlJson.writeString(-42.0)).isEqualTo("-42");
		assertThat(ReqlJson.writeString(0.0)).isEqualTo("0");
		assertThat(ReqlJson.writeString(1e15)).isEqualTo("1000000000000000");
		assertThat(ReqlJson.writeString(3.0f)).isEqualTo("3");
		assertThat(ReqlJson.writeString(-0x1p63)).isEqualTo(Long.toString(Long.MIN_VALUE));
	}

	@Test
	void writeShouldKeepNegativeZero() {
		assertThat(ReqlJson.writeString(-0.0)).isEqualTo("-0.0");
	}

	@Test
	void writeShouldWriteOtherDoublesInShortestRoundTripForm() {
		assertThat(ReqlJson.writeString(0.1)).isEqualTo("0.1");
		assertThat(ReqlJson.writeString(1.5)).isEqualTo("1.5");
		assertThat(ReqlJson.writeString(0.1f)).isEqualTo("0.1");
		assertThat(ReqlJson.writeString(2.0E-3)).isEqualTo("0.002");
		assertThat(Double.parseDouble(ReqlJson.writeString(0x1p63))).isEqualTo(0x1p63);
		assertThat(Double.parseDouble(ReqlJson.writeString(1e300))).isEqualTo(1e300);
		assertThat(ReqlJson.writeString(1e300)).doesNotContain("000000");
		assertThat(ReqlJson.writeString(Math.PI)).isEqualTo(Double.toString(Math.PI));
	}

	@Test
	void writeShouldRefuseNonFiniteNumbers() {
		for (double value : new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }) {
			assertThatExceptionOfType(ReqlJsonException.class).isThrownBy(() -> ReqlJson.write(value))
				.withMessageContaining("non-finite");
		}
	}

	@Test
	void writeShouldWriteIntegersBigNumbersAndDecimals() {
		assertThat(ReqlJson.writeString(List.of(1, 2L, (short) 3, (byte) 4))).isEqualTo("[1,2,3,4]");
		assertThat(ReqlJson.writeString(new BigInteger("123456789012345678901234567890")))
			.isEqualTo("123456789012345678901234567890");
		assertThat(ReqlJson.writeString(new BigDecimal("2.50"))).isEqualTo("2.50");
		assertThat(ReqlJson.writeString(new BigDecimal("7.000"))).isEqualTo("7");
	}

	@Test
	void writeToAStreamShouldWriteTheSameBytesAndLeaveTheStreamOpen() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write('>');
		ReqlJson.write(List.of(1.0, "x"), out);
		out.write('<');
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(">[1,\"x\"]<");
	}

	@Test
	void writeShouldKeepTheMapsKeyOrder() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("z", 1);
		map.put("a", List.of(true, "x"));
		map.put("m", null);
		assertThat(ReqlJson.writeString(map)).isEqualTo("{\"z\":1,\"a\":[true,\"x\"],\"m\":null}");
		assertThat(ReqlJson.writeString(new TreeMap<>(Map.of("b", 2, "a", 1)))).isEqualTo("{\"a\":1,\"b\":2}");
	}

	@Test
	void writeShouldWriteArraysCharactersAndEnums() {
		Object[] array = { 'c', Thread.State.NEW, new StringBuilder("sb") };
		assertThat(ReqlJson.writeString(array)).isEqualTo("[\"c\",\"NEW\",\"sb\"]");
	}

	@Test
	void writeShouldEscapeStrings() {
		assertThat(ReqlJson.writeString("a\"b\\c\nd\u0001é")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001é\"");
		assertThat(ReqlJson.write("é")).containsExactly(0x22, 0xc3, 0xa9, 0x22);
	}

	@Test
	void writeShouldMapOtherObjectsWithTheNumberRules() {
		assertThat(ReqlJson.writeString(new Point(2.0, 0.5f, "p"))).isEqualTo("{\"x\":2,\"y\":0.5,\"label\":\"p\"}");
		assertThat(ReqlJson.writeString(List.of(new Point(1.0, 2f, "q"))))
			.isEqualTo("[{\"x\":1,\"y\":2,\"label\":\"q\"}]");
	}

	@Test
	void mapperShouldApplyTheNumberRules() {
		assertThat(ReqlJson.mapper().writeValueAsString(new Point(-3.0, 1.25f, "m")))
			.isEqualTo("{\"x\":-3,\"y\":1.25,\"label\":\"m\"}");
		assertThat(ReqlJson.mapper().writeValueAsString(Map.of("d", 4.0))).isEqualTo("{\"d\":4}");
		assertThat(ReqlJson.mapper().readValue("{\"x\":1,\"y\":2.5,\"label\":\"r\"}", Point.class))
			.isEqualTo(new Point(1.0, 2.5f, "r"));
		assertThat(ReqlJson.mapper().readValue("[1]", Object.class)).isEqualTo(List.of(1L));
	}

	@Test
	@SuppressWarnings("unchecked")
	void readShouldReturnPlainJavaValues() {
		Object value = ReqlJson.read("{\"b\":[1,2.5,\"s\",true,false,null],\"a\":{}}");
		assertThat(value).isInstanceOf(LinkedHashMap.class);
		Map<String, Object> map = (Map<String, Object>) value;
		assertThat(map.keySet()).containsExactly("b", "a");
		assertThat((List<Object>) map.get("b")).isInstanceOf(ArrayList.class)
			.containsExactly(1L, 2.5, "s", true, false, null);
		assertThat(map.get("a")).isEqualTo(Map.of());
	}

	@Test
	void readShouldReturnLongsForIntegersAndDoublesForOtherNumbers() {
		assertThat(ReqlJson.read("7")).isEqualTo(7L);
		assertThat(ReqlJson.read("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
		assertThat(ReqlJson.read("9223372036854775808")).isEqualTo(new BigInteger("9223372036854775808"));
		assertThat(ReqlJson.read("1.0")).isEqualTo(1.0);
		assertThat(ReqlJson.read("1e3")).isEqualTo(1000.0);
		assertThat(ReqlJson.read("-0.0")).isEqualTo(-0.0);
	}

	@Test
	void readShouldRoundTripWhatWriteWrites() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("n", -12L);
		map.put("d", 0.3);
		map.put("l", Arrays.asList("é\u2028", null, List.of(Map.of("k", false))));
		assertThat(ReqlJson.read(ReqlJson.write(map))).isEqualTo(map);
	}

	@Test
	void readShouldRejectMalformedJson() {
		for (String bad : new String[] { "", "  ", "{", "[1,]", "{\"a\" 1}", "tru", "[1] 2", "{} {}", "'x'", "NaN" }) {
			assertThatExceptionOfType(ReqlJsonException.class).as(bad).isThrownBy(() -> ReqlJson.read(bad));
		}
	}

	@Test
	void readShouldRejectNumbersOutOfTheRangeOfADouble() {
		assertThatExceptionOfType(ReqlJsonException.class).isThrownBy(() -> ReqlJson.read("1e400"))
			.withMessageContaining("out of range");
	}

	@Test
	void readShouldEnforceTheNestingDepth() {
		String nested = "[".repeat(10) + "]".repeat(10);
		assertThat(ReqlJson.read(nested, 10)).isInstanceOf(List.class);
		assertThatExceptionOfType(JsonLimitException.class).isThrownBy(() -> ReqlJson.read(nested, 9))
			.withMessageContaining("depth");
		assertThatExceptionOfType(JsonLimitException.class)
			.isThrownBy(() -> ReqlJson.read(bytes("{\"a\":".repeat(2000) + "1" + "}".repeat(2000))));
	}

	@Test
	void readShouldAcceptDeepQueriesWithinTheDefaultDepth() {
		int depth = ReqlJson.DEFAULT_MAX_DEPTH;
		String nested = "[".repeat(depth) + "]".repeat(depth);
		assertThat(ReqlJson.read(bytes(nested))).isInstanceOf(List.class);
	}

	@Test
	void writeShouldAcceptWhatReadAccepts() {
		int depth = ReqlJson.DEFAULT_MAX_DEPTH;
		String nested = "[".repeat(depth) + "]".repeat(depth);
		assertThat(ReqlJson.writeString(ReqlJson.read(nested))).isEqualTo(nested);
	}

	@Test
	void writeShouldEnforceTheNestingDepth() {
		Object nested = ReqlJson.read("[[[[]]]]");
		assertThat(new String(ReqlJson.write(nested, 4), StandardCharsets.UTF_8)).isEqualTo("[[[[]]]]");
		assertThatExceptionOfType(JsonLimitException.class).isThrownBy(() -> ReqlJson.write(nested, 3))
			.withMessageContaining("depth");
	}

	@Test
	void readShouldRefuseMalformedUtf8() {
		int[][] malformed = { { 0xC0, 0xAF }, { 0xE0, 0x80, 0xAF }, { 0xF0, 0x80, 0x80, 0xAF },
				{ 0xF4, 0x90, 0x80, 0x80 }, { 0xED, 0xA0, 0x80 }, { 0xED, 0xBF, 0xBF }, { 0xE2, 0x82 },
				{ 0xF0, 0x9F, 0x98 }, { 0x80 }, { 0xFF } };
		for (int[] sequence : malformed) {
			byte[] inString = quoted(sequence);
			assertThatExceptionOfType(ReqlJsonException.class).as(Arrays.toString(sequence))
				.isThrownBy(() -> ReqlJson.read(inString))
				.withMessageContaining("UTF-8");
			byte[] inName = concat(bytes("{"), quoted(sequence), bytes(":1}"));
			assertThatExceptionOfType(ReqlJsonException.class).as(Arrays.toString(sequence))
				.isThrownBy(() -> ReqlJson.read(inName));
		}
	}

	@Test
	void readShouldRefuseASequenceTruncatedByTheEndOfTheInput() {
		byte[] truncated = concat(bytes("\"abc\" "), new byte[] { (byte) 0xE2, (byte) 0x82 });
		assertThatExceptionOfType(ReqlJsonException.class).isThrownBy(() -> ReqlJson.read(truncated))
			.withMessageContaining("UTF-8");
	}

	@Test
	void readShouldAcceptWellFormedUtf8UpToTheLastCodePoint() {
		String text = "/\u00e9\u20ac\ud83d\ude00\udbff\udfff\ud7ff\ue000";
		assertThat(ReqlJson.read(bytes("\"" + text + "\""))).isEqualTo(text);
	}

	@Test
	void readShouldAcceptLongStrings() {
		String big = "x".repeat(30_000_000);
		assertThat(ReqlJson.read(bytes("\"" + big + "\""))).isEqualTo(big);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] quoted(int[] sequence) {
		byte[] bytes = new byte[sequence.length + 2];
		bytes[0] = '"';
		for (int i = 0; i < sequence.length; i++) {
			bytes[i + 1] = (byte) sequence[i];
		}
		bytes[bytes.length - 1] = '"';
		return bytes;
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	record Point(double x, float y, String label) {
	}

}
