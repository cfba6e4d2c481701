package io.quire.engine.index;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * What RethinkDB refuses in a primary key, with its messages: strings with a NUL byte,
 * geometry and other pseudo-types but TIME and BINARY, arrays holding null or objects,
 * and keys whose RethinkDB storage form ({@code N<hex>#<%.20g>} for a number,
 * {@code S<bytes>} for a string, {@code A<element>\0...} for an array,
 * {@code PTIME:<number>}, {@code PBINARY:<bytes>}) is over 128 bytes, which it reports as
 * 127 characters.
 */
final class PrimaryKeyRules {

	/** RethinkDB's MAX_PRIMARY_KEY_SIZE, counting the type prefix. */
	private static final int MAX_STORED_SIZE = KeyEncoding.MAX_PRIMARY_KEY_SIZE + 1;

	/** RethinkDB's btree key size: an array's elements past it are not looked at. */
	private static final int MAX_KEY_SIZE = 250;

	private PrimaryKeyRules() {
	}

	/** Checks a key that is a number, string, bool, pseudo-type or array. */
	static void check(Object key) {
		if (storedSize(key, 0) > MAX_STORED_SIZE) {
			throw QueryException.queryLogic("Primary key too long (max " + KeyEncoding.MAX_PRIMARY_KEY_SIZE
					+ " characters): " + DatumPrinter.print(key));
		}
	}

	/**
	 * The size of RethinkDB's stored form of the datum, written after {@code size} bytes.
	 */
	private static int storedSize(@Nullable Object datum, int size) {
		if (datum instanceof Number number) {
			return size + numberSize(number.doubleValue());
		}
		if (datum instanceof String text) {
			return size + 1 + Math.min(MAX_KEY_SIZE - size - 1, stringBytes(text).length);
		}
		if (datum instanceof Boolean) {
			return size + 2;
		}
		if (datum instanceof List<?> list) {
			return arraySize(list, size);
		}
		if (datum instanceof Map<?, ?> map) {
			return size + pseudoTypeSize(map);
		}
		return size + 1;
	}

	private static int arraySize(List<?> list, int size) {
		int total = size + 1;
		for (int i = 0; i < list.size() && total < MAX_KEY_SIZE; i++) {
			Object element = list.get(i);
			if (element == null || (element instanceof Map<?, ?> map && !map.containsKey("$reql_type$"))) {
				throw QueryException.queryLogic(
						"Array keys can only contain numbers, strings, bools,  pseudotypes," + " or arrays (got "
								+ DatumPrinter.print(element) + " of type " + KeyEncoding.typeName(element) + ").");
			}
			total = storedSize(element, total) + 1;
		}
		return total;
	}

	private static int pseudoTypeSize(Map<?, ?> pseudoType) {
		Object name = pseudoType.get("$reql_type$");
		if ("TIME".equals(name) && pseudoType.get("epoch_time") instanceof Number epochTime) {
			return "PTIME:".length() + numberSize(epochTime.doubleValue());
		}
		if ("BINARY".equals(name) && pseudoType.get("data") instanceof String data) {
			int size = "PBINARY:".length();
			for (byte b : Base64.getDecoder().decode(data)) {
				size += (b == 0 || b == 1) ? 2 : 1;
			}
			return size;
		}
		if ("GEOMETRY".equals(name)) {
			throw QueryException.queryLogic(
					"Cannot use a geometry value as a key value in a primary or non-geospatial secondary index.");
		}
		throw QueryException.queryLogic(
				"Cannot use pseudotype " + KeyEncoding.typeName(pseudoType) + " as a primary or secondary key value .");
	}

	private static byte[] stringBytes(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw QueryException.queryLogic("String " + quotedStart(bytes)
						+ " (truncated) contains NULL byte at offset " + i + " in index key.");
			}
		}
		return bytes;
	}

	/** The first 20 bytes, quoted and escaped as RethinkDB's debug printer does. */
	private static String quotedStart(byte[] bytes) {
		StringBuilder quoted = new StringBuilder("\"");
		for (int i = 0; i < Math.min(20, bytes.length); i++) {
			int b = bytes[i] & 0xFF;
			switch (b) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\t' -> quoted.append("\\t");
				case '\r' -> quoted.append("\\r");
				default ->
					quoted.append((b >= ' ' && b <= '~') ? String.valueOf((char) b) : String.format("\\x%02x", b));
			}
		}
		return quoted.append('"').toString();
	}

	/** {@code N}, 16 hex digits, {@code #} and the number printed with {@code %.20g}. */
	private static int numberSize(double value) {
		return 1 + 16 + 1 + printedLength(value);
	}

	/** The length of C's {@code %.20g} of the value. */
	static int printedLength(double value) {
		if (value == 0) {
			return 1;
		}
		BigDecimal rounded = new BigDecimal(value).round(new MathContext(20, RoundingMode.HALF_EVEN));
		int exponent = rounded.precision() - rounded.scale() - 1;
		BigDecimal stripped = rounded.stripTrailingZeros();
		if (exponent >= -4 && exponent < 20) {
			return stripped.toPlainString().length();
		}
		int digits = stripped.unscaledValue().abs().toString().length();
		int mantissa = (digits > 1) ? digits + 1 : 1;
		int exponentDigits = Math.max(2, String.valueOf(Math.abs(exponent)).length());
		return ((value < 0) ? 1 : 0) + mantissa + 2 + exponentDigits;
	}

}
