package io.quire.engine.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.quire.engine.QueryException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeyEncodingTests {

	private static final String[] STRINGS = { "", "a", "ab", "b", "\u0000", "a\u0000", "a\u0001", "\u00e9", "\uffff",
			"\ud83d\ude00", "\ue000", "Z", "zz" };

	private static final double[] NUMBERS = { 0.0d, -0.0d, 1.0d, -1.0d, 0.5d, -0.5d, 1e300d, -1e300d, 4.9e-324d,
			-4.9e-324d, 42.0d, 1e15d, -7.25d };

	@RepeatedTest(5)
	void encodedOrderShouldMatchReqlOrderForRandomDatums() {
		Random random = new Random();
		List<Object> datums = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			datums.add(randomDatum(random, 3));
		}
		for (int i = 0; i < datums.size(); i++) {
			for (int j = 0; j < datums.size(); j++) {
				assertSameOrder(datums.get(i), datums.get(j));
			}
		}
	}

	@Test
	void typesShouldSortByTypeName() {
		List<Object> ascending = Arrays.asList(List.of(), false, true, null, -1.0d, 3.0d, Map.of("a", 1.0d),
				binary(new byte[] { 1 }), time(-5.0d), time(10.0d), "", "a");
		for (int i = 1; i < ascending.size(); i++) {
			assertThat(Arrays.compareUnsigned(KeyEncoding.encode(ascending.get(i - 1)),
					KeyEncoding.encode(ascending.get(i))))
				.as("%s < %s", ascending.get(i - 1), ascending.get(i))
				.isNegative();
		}
	}

	@Test
	void extremaShouldSortOutsideEveryDatumAlsoInsideArrays() {
		byte[] min = KeyEncoding.encode(Extremum.MINVAL);
		byte[] max = KeyEncoding.encode(Extremum.MAXVAL);
		for (Object datum : Arrays.asList(List.of(), false, null, -1e300d, Map.of(), time(0.0d), "\uffff")) {
			assertThat(Arrays.compareUnsigned(min, KeyEncoding.encode(datum))).isNegative();
			assertThat(Arrays.compareUnsigned(max, KeyEncoding.encode(datum))).isPositive();
		}
		byte[] low = KeyEncoding.encode(List.of(1.0d, Extremum.MINVAL));
		byte[] high = KeyEncoding.encode(List.of(1.0d, Extremum.MAXVAL));
		for (Object inside : List.of(List.of(1.0d, "z"), List.of(1.0d, List.of()), List.of(1.0d, 2.0d, 3.0d))) {
			assertThat(Arrays.compareUnsigned(low, KeyEncoding.encode(inside))).isNegative();
			assertThat(Arrays.compareUnsigned(high, KeyEncoding.encode(inside))).isPositive();
		}
		assertThat(Arrays.compareUnsigned(high, KeyEncoding.encode(List.of(2.0d)))).isNegative();
	}

	@Test
	void timesShouldBeEqualWhateverTheirZone() {
		Map<String, Object> utc = time(100.0d);
		Map<String, Object> other = new LinkedHashMap<>(utc);
		other.put("timezone", "-07:00");
		assertThat(KeyEncoding.encode(utc)).isEqualTo(KeyEncoding.encode(other));
	}

	@Test
	void indexEntriesWithTheSameKeyShouldSortByPrimaryKey() {
		byte[] key = KeyEncoding.encode("same");
		byte[] first = KeyEncoding.indexEntry(key, KeyEncoding.encode(1.0d));
		byte[] second = KeyEncoding.indexEntry(key, KeyEncoding.encode(2.0d));
		byte[] longerKey = KeyEncoding.indexEntry(KeyEncoding.encode("same\u0000"), KeyEncoding.encode(0.0d));
		assertThat(Arrays.compareUnsigned(first, second)).isNegative();
		assertThat(Arrays.compareUnsigned(second, KeyEncoding.successor(key))).isNegative();
		assertThat(Arrays.compareUnsigned(longerKey, KeyEncoding.successor(key))).isPositive();
	}

	@Test
	void successorShouldSkipTrailingFfBytes() {
		assertThat(KeyEncoding.successor(new byte[] { 1, (byte) 0xFF })).containsExactly(2);
		assertThat(KeyEncoding.successor(new byte[] { (byte) 0xFF })).isNull();
	}

	@Test
	void primaryKeysShouldRejectNullObjectsAndLongKeys() {
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> KeyEncoding.encodePrimaryKey(null))
			.withMessage(
					"Primary keys must be either a number, string, bool, pseudotype or array (got type NULL):\nnull");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> KeyEncoding.encodePrimaryKey("\u00e9".repeat(64)))
			.withMessageStartingWith("Primary key too long (max 127 characters): \"");
		assertThat(KeyEncoding.encodePrimaryKey(time(1.0d))).isEqualTo(KeyEncoding.encode(time(1.0d)));
		assertThat(KeyEncoding.encodePrimaryKey(List.of(1.0d, "a"))).isEqualTo(KeyEncoding.encode(List.of(1.0d, "a")));
	}

	@Test
	void integralNumbersShouldEncodeLikeDoubles() {
		assertThat(KeyEncoding.encode(7L)).isEqualTo(KeyEncoding.encode(7.0d));
		assertThat(KeyEncoding.encode(7)).isEqualTo(KeyEncoding.encode(7.0d));
	}

	private static void assertSameOrder(Object a, Object b) {
		int expected = Integer.signum(ReferenceOrder.INSTANCE.compare(a, b));
		int actual = Integer.signum(Arrays.compareUnsigned(KeyEncoding.encode(a), KeyEncoding.encode(b)));
		assertThat(actual).as("order of %s and %s", a, b).isEqualTo(expected);
	}

	private static Object randomDatum(Random random, int depth) {
		int kind = random.nextInt((depth > 0) ? 9 : 7);
		return switch (kind) {
			case 0 -> null;
			case 1 -> random.nextBoolean();
			case 2 -> NUMBERS[random.nextInt(NUMBERS.length)];
			case 3 -> (random.nextBoolean()) ? random.nextGaussian() * 1000 : (double) random.nextInt(5);
			case 4 -> randomString(random);
			case 5 -> time(NUMBERS[random.nextInt(NUMBERS.length)]);
			case 6 -> binary(randomBytes(random));
			case 7 -> randomList(random, depth - 1);
			default -> randomObject(random, depth - 1);
		};
	}

	private static String randomString(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(4);
		for (int i = 0; i < length; i++) {
			text.append(STRINGS[random.nextInt(STRINGS.length)]);
		}
		return text.toString();
	}

	private static byte[] randomBytes(Random random) {
		byte[] bytes = new byte[random.nextInt(4)];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (random.nextBoolean() ? random.nextInt(3) : 0xFF - random.nextInt(2));
		}
		return bytes;
	}

	private static List<Object> randomList(Random random, int depth) {
		List<Object> list = new ArrayList<>();
		int size = random.nextInt(4);
		for (int i = 0; i < size; i++) {
			list.add(randomDatum(random, depth));
		}
		return list;
	}

	private static Map<String, Object> randomObject(Random random, int depth) {
		Map<String, Object> map = new LinkedHashMap<>();
		int size = random.nextInt(3);
		for (int i = 0; i < size; i++) {
			map.put(randomString(random), randomDatum(random, depth));
		}
		return map;
	}

	private static Map<String, Object> time(double epoch) {
		Map<String, Object> time = new LinkedHashMap<>();
		time.put("$reql_type$", "TIME");
		time.put("epoch_time", epoch);
		time.put("timezone", "+00:00");
		return time;
	}

	private static Map<String, Object> binary(byte[] bytes) {
		Map<String, Object> binary = new LinkedHashMap<>();
		binary.put("$reql_type$", "BINARY");
		binary.put("data", Base64.getEncoder().encodeToString(bytes));
		return binary;
	}

	/** Stands in for the evaluator's {@code r.minval} and {@code r.maxval}. */
	private enum Extremum {

		MINVAL, MAXVAL

	}

}
