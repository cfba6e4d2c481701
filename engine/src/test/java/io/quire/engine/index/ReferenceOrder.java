package io.quire.engine.index;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * ReQL's ordering of datums written directly from its rules, to check the key encoding
 * against: by type name first, then by value within a type.
 */
final class ReferenceOrder implements Comparator<Object> {

	static final ReferenceOrder INSTANCE = new ReferenceOrder();

	@Override
	public int compare(Object a, Object b) {
		int byType = typeName(a).compareTo(typeName(b));
		if (byType != 0) {
			return byType;
		}
		return switch (typeName(a)) {
			case "NULL" -> 0;
			case "BOOL" -> Boolean.compare((Boolean) a, (Boolean) b);
			case "NUMBER" -> Double.compare(number(a), number(b));
			case "STRING" -> compareCodePoints((String) a, (String) b);
			case "ARRAY" -> compareLists((List<?>) a, (List<?>) b);
			case "PTYPE<TIME>" ->
				Double.compare(number(((Map<?, ?>) a).get("epoch_time")), number(((Map<?, ?>) b).get("epoch_time")));
			case "PTYPE<BINARY>" -> compareBytes(binary(a), binary(b));
			default -> compareObjects((Map<?, ?>) a, (Map<?, ?>) b);
		};
	}

	private static double number(Object value) {
		double number = ((Number) value).doubleValue();
		return (number == 0.0d) ? 0.0d : number;
	}

	private static String typeName(Object datum) {
		if (datum == null) {
			return "NULL";
		}
		if (datum instanceof Boolean) {
			return "BOOL";
		}
		if (datum instanceof Number) {
			return "NUMBER";
		}
		if (datum instanceof String) {
			return "STRING";
		}
		if (datum instanceof List) {
			return "ARRAY";
		}
		Object type = ((Map<?, ?>) datum).get("$reql_type$");
		return (type != null) ? "PTYPE<" + type + ">" : "OBJECT";
	}

	private static int compareCodePoints(String a, String b) {
		int[] left = a.codePoints().toArray();
		int[] right = b.codePoints().toArray();
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			if (left[i] != right[i]) {
				return Integer.compare(left[i], right[i]);
			}
		}
		return Integer.compare(left.length, right.length);
	}

	private int compareLists(List<?> a, List<?> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int byElement = compare(a.get(i), b.get(i));
			if (byElement != 0) {
				return byElement;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	private static byte[] binary(Object datum) {
		return Base64.getDecoder().decode((String) ((Map<?, ?>) datum).get("data"));
	}

	private static int compareBytes(byte[] a, byte[] b) {
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			if (a[i] != b[i]) {
				return Integer.compare(a[i] & 0xFF, b[i] & 0xFF);
			}
		}
		return Integer.compare(a.length, b.length);
	}

	private int compareObjects(Map<?, ?> a, Map<?, ?> b) {
		List<String> left = sortedKeys(a);
		List<String> right = sortedKeys(b);
		for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
			int byKey = compareCodePoints(left.get(i), right.get(i));
			if (byKey != 0) {
				return byKey;
			}
			int byValue = compare(a.get(left.get(i)), b.get(right.get(i)));
			if (byValue != 0) {
				return byValue;
			}
		}
		return Integer.compare(left.size(), right.size());
	}

	private static List<String> sortedKeys(Map<?, ?> map) {
		List<String> keys = new ArrayList<>();
		map.keySet().forEach((key) -> keys.add((String) key));
		keys.sort(ReferenceOrder::compareCodePoints);
		return keys;
	}

}
