package io.quire.engine.datum;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * ReQL's total order of datums. Values of different types order by type name (arrays,
 * booleans, null, numbers, objects, binary, geometry, times, strings); within a type,
 * booleans false first, numbers by value, strings by code point, arrays and objects
 * lexicographically, times by epoch.
 */
public final class DatumOrder {

	/** The order as a comparator, for sorting and sorted sets. */
	public static final Comparator<@Nullable Object> COMPARATOR = DatumOrder::compare;

	private DatumOrder() {
	}

	public static int compare(@Nullable Object left, @Nullable Object right) {
		if (Datums.isExtremum(left) || Datums.isExtremum(right)) {
			return Integer.compare(rank(left), rank(right));
		}
		String leftType = Datums.typeName(left);
		String rightType = Datums.typeName(right);
		if (!leftType.equals(rightType)) {
			return leftType.compareTo(rightType);
		}
		if (left == null || right == null) {
			return 0;
		}
		return compareSameType(leftType, left, right);
	}

	private static int rank(@Nullable Object datum) {
		if (!Datums.isExtremum(datum)) {
			return 0;
		}
		return ((Enum<?>) datum).name().equals("MINVAL") ? -1 : 1;
	}

	private static int compareSameType(String type, Object left, Object right) {
		return switch (type) {
			case "BOOL" -> Boolean.compare((Boolean) left, (Boolean) right);
			case "NUMBER" -> compareNumbers((Double) left, (Double) right);
			case "STRING" -> compareStrings((String) left, (String) right);
			case "ARRAY" -> compareArrays((List<?>) left, (List<?>) right);
			case "PTYPE<TIME>" -> compareNumbers(Times.epochSeconds(left), Times.epochSeconds(right));
			case "PTYPE<BINARY>" -> compareStrings(binaryKey(left), binaryKey(right));
			default -> compareObjects((Map<?, ?>) left, (Map<?, ?>) right);
		};
	}

	private static int compareNumbers(double left, double right) {
		return (left < right) ? -1 : ((left > right) ? 1 : 0);
	}

	/** Compares strings by Unicode code point, as UTF-8 bytes compare. */
	public static int compareStrings(String left, String right) {
		int i = 0;
		int j = 0;
		while (i < left.length() && j < right.length()) {
			int a = left.codePointAt(i);
			int b = right.codePointAt(j);
			if (a != b) {
				return Integer.compare(a, b);
			}
			i += Character.charCount(a);
			j += Character.charCount(b);
		}
		return Integer.compare(left.length() - i, right.length() - j);
	}

	private static int compareArrays(List<?> left, List<?> right) {
		int common = Math.min(left.size(), right.size());
		for (int i = 0; i < common; i++) {
			int result = compare(left.get(i), right.get(i));
			if (result != 0) {
				return result;
			}
		}
		return Integer.compare(left.size(), right.size());
	}

	private static int compareObjects(Map<?, ?> left, Map<?, ?> right) {
		Iterator<? extends Map.Entry<?, ?>> leftEntries = Printer.sortedEntries(left).iterator();
		Iterator<? extends Map.Entry<?, ?>> rightEntries = Printer.sortedEntries(right).iterator();
		while (leftEntries.hasNext() && rightEntries.hasNext()) {
			Map.Entry<?, ?> a = leftEntries.next();
			Map.Entry<?, ?> b = rightEntries.next();
			int result = compareStrings((String) a.getKey(), (String) b.getKey());
			if (result == 0) {
				result = compare(a.getValue(), b.getValue());
			}
			if (result != 0) {
				return result;
			}
		}
		return Boolean.compare(leftEntries.hasNext(), rightEntries.hasNext());
	}

	private static String binaryKey(Object binary) {
		Object data = ((Map<?, ?>) binary).get("data");
		return new String(Base64.getDecoder().decode(String.valueOf(data)), StandardCharsets.ISO_8859_1);
	}

}
