package io.quire.driver;

import java.util.Set;

/**
 * Checks the values of session options (global optional arguments) as they are set.
 */
final class SessionOptionValues {

	private static final Set<String> DURABILITIES = Set.of("hard", "soft");

	private static final Set<String> READ_MODES = Set.of("single", "majority", "outdated");

	private SessionOptionValues() {
	}

	static Object check(String name, Object value) {
		return switch (name) {
			case "durability" -> oneOf(name, value, DURABILITIES);
			case "read_mode" -> oneOf(name, value, READ_MODES);
			case "profile" -> bool(name, value);
			case "default_timezone" -> value.toString();
			case "max_batch_seconds" -> positiveNumber(name, value);
			default -> positiveInteger(name, value);
		};
	}

	private static String oneOf(String name, Object value, Set<String> allowed) {
		String text = value.toString();
		if (!allowed.contains(text)) {
			throw invalid(name, value, "expected one of " + new java.util.TreeSet<>(allowed));
		}
		return text;
	}

	private static Boolean bool(String name, Object value) {
		if (value instanceof Boolean flag) {
			return flag;
		}
		if ("true".equals(value) || "false".equals(value)) {
			return Boolean.valueOf(value.toString());
		}
		throw invalid(name, value, "expected true or false");
	}

	private static Number positiveNumber(String name, Object value) {
		try {
			double number = (value instanceof Number n) ? n.doubleValue() : Double.parseDouble(value.toString());
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw invalid(name, value, "expected a positive number");
	}

	private static Long positiveInteger(String name, Object value) {
		try {
			long number = (value instanceof Number n) ? n.longValue() : Long.parseLong(value.toString());
			if (number > 0 && !(value instanceof Double d && d != Math.rint(d))) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw invalid(name, value, "expected a positive integer");
	}

	private static IllegalArgumentException invalid(String name, Object value, String expected) {
		return new IllegalArgumentException(
				"Invalid connection option '" + name + "': '" + value + "' (" + expected + ")");
	}

}
