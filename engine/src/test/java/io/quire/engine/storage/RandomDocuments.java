package io.quire.engine.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * Random documents of every kind of value the engine stores: numbers of all magnitudes
 * (integral or not, exact or beyond 2^53, negative zero), strings of any code points,
 * booleans, nulls, nested arrays and objects, and TIME and BINARY pseudo-types.
 */
final class RandomDocuments {

	private RandomDocuments() {
	}

	static Map<String, Object> document(Random random, int id) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("id", (double) id);
		int fields = random.nextInt(12);
		for (int i = 0; i < fields; i++) {
			document.put(string(random), value(random, 4));
		}
		return document;
	}

	private static @Nullable Object value(Random random, int depth) {
		int kind = random.nextInt((depth > 0) ? 9 : 6);
		return switch (kind) {
			case 0 -> null;
			case 1 -> random.nextBoolean();
			case 2, 3 -> number(random);
			case 4 -> string(random);
			case 5 -> pseudoType(random);
			case 6 -> array(random, depth - 1);
			default -> object(random, depth - 1);
		};
	}

	private static double number(Random random) {
		return switch (random.nextInt(8)) {
			case 0 -> random.nextInt(2001) - 1000;
			case 1 -> random.nextLong() >> random.nextInt(64);
			case 2 -> random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
			case 3 -> Math.scalb((double) (random.nextLong() >> 11), random.nextInt(140) - 70);
			case 4 -> -0.0d;
			case 5 -> Math.pow(2, random.nextInt(70)) + random.nextInt(5) - 2;
			case 6 -> finite(Double.longBitsToDouble(random.nextLong()));
			default -> random.nextInt(100) / 8.0;
		};
	}

	private static double finite(double value) {
		return Double.isFinite(value) ? value : 1.0d;
	}

	private static String string(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(10);
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(codePoint(random));
		}
		return text.toString();
	}

	private static int codePoint(Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> random.nextInt(0x80);
			case 1 -> random.nextInt(0x20);
			case 2 -> 0x80 + random.nextInt(0x800 - 0x80);
			case 3 -> 0xe000 + random.nextInt(0x2000);
			default -> 0x10000 + random.nextInt(0x10ffff - 0x10000);
		};
	}

	private static Map<String, Object> pseudoType(Random random) {
		Map<String, Object> value = new LinkedHashMap<>();
		if (random.nextBoolean()) {
			value.put("$reql_type$", "TIME");
			value.put("epoch_time", Math.round(random.nextDouble() * 4e12) / 1000.0);
			value.put("timezone", String.format("%+03d:%02d", random.nextInt(27) - 13, 15 * random.nextInt(4)));
		}
		else {
			byte[] data = new byte[random.nextInt(20)];
			random.nextBytes(data);
			value.put("$reql_type$", "BINARY");
			value.put("data", java.util.Base64.getEncoder().encodeToString(data));
		}
		return value;
	}

	private static List<Object> array(Random random, int depth) {
		List<Object> array = new ArrayList<>();
		int size = random.nextInt(6);
		for (int i = 0; i < size; i++) {
			array.add(value(random, depth));
		}
		return array;
	}

	private static Map<String, Object> object(Random random, int depth) {
		Map<String, Object> object = new LinkedHashMap<>();
		int size = random.nextInt(6);
		for (int i = 0; i < size; i++) {
			object.put(string(random), value(random, depth));
		}
		return object;
	}

}
