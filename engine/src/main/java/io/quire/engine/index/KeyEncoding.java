package io.quire.engine.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * Encodes datums into byte strings whose unsigned byte order is ReQL's order: first by
 * type name (ARRAY &lt; BOOL &lt; NULL &lt; NUMBER &lt; OBJECT &lt; PTYPE&lt;BINARY&gt;
 * &lt; PTYPE&lt;other&gt; &lt; PTYPE&lt;TIME&gt; &lt; STRING), then by value: numbers
 * numerically, strings and binaries by code point or byte, arrays element by element (a
 * prefix first), times by epoch time (not time zone), objects by their sorted keys and
 * values.
 *
 * <p>
 * Every encoding is self-delimiting (strings escape {@code 0x00} as {@code 0x00 0xFF} and
 * end with {@code 0x00 0x00}; arrays and objects end with {@code 0x00}), so no encoded
 * key is a proper prefix of another. An enum constant named {@code MINVAL} or
 * {@code MAXVAL} (the evaluator's {@code r.minval} and {@code r.maxval}) encodes below or
 * above every datum, also inside arrays, so compound bounds such as {@code [1, r.minval]}
 * work. A secondary index entry is the encoded index key followed by the encoded primary
 * key; all entries for one index key then share a prefix and sort by primary key.
 */
public final class KeyEncoding {

	/** Longest primary key, in characters of its printed form, as RethinkDB allows. */
	public static final int MAX_PRIMARY_KEY_SIZE = 127;

	static final byte END = 0x00;

	static final byte MINVAL = 0x01;

	static final byte MAXVAL = (byte) 0xFE;

	static final byte ARRAY = 0x10;

	static final byte BOOL = 0x20;

	static final byte NULL = 0x30;

	static final byte NUMBER = 0x40;

	static final byte OBJECT = 0x50;

	static final byte BINARY = 0x60;

	static final byte OTHER_PSEUDO_TYPE = 0x68;

	static final byte TIME = 0x70;

	static final byte STRING = (byte) 0x80;

	private static final String REQL_TYPE = "$reql_type$";

	private KeyEncoding() {
	}

	/** The order-preserving encoding of any datum. */
	public static byte[] encode(@Nullable Object datum) {
		ByteWriter out = new ByteWriter();
		write(out, datum);
		return out.toByteArray();
	}

	/**
	 * The encoding of a primary key, after checking that it may be one.
	 * @throws QueryException for null, an object, an extremum, or what
	 * {@link PrimaryKeyRules} refuses (NUL bytes, geometry, keys too long)
	 */
	public static byte[] encodePrimaryKey(@Nullable Object key) {
		if (key == null || key instanceof Enum || (key instanceof Map<?, ?> map && !map.containsKey(REQL_TYPE))) {
			throw QueryException.queryLogic("Primary keys must be either a number, string, bool, pseudotype "
					+ "or array (got type " + typeName(key) + "):\n" + DatumPrinter.print(key));
		}
		PrimaryKeyRules.check(key);
		return encode(key);
	}

	/**
	 * A secondary index entry: the index key's encoding followed by the primary key's.
	 */
	public static byte[] indexEntry(byte[] encodedIndexKey, byte[] encodedPrimaryKey) {
		byte[] entry = Arrays.copyOf(encodedIndexKey, encodedIndexKey.length + encodedPrimaryKey.length);
		System.arraycopy(encodedPrimaryKey, 0, entry, encodedIndexKey.length, encodedPrimaryKey.length);
		return entry;
	}

	/**
	 * The smallest byte string greater than every string starting with {@code prefix}, or
	 * {@code null} if there is none (the prefix is all {@code 0xFF}).
	 */
	public static byte @Nullable [] successor(byte[] prefix) {
		for (int i = prefix.length - 1; i >= 0; i--) {
			if (prefix[i] != (byte) 0xFF) {
				byte[] next = Arrays.copyOf(prefix, i + 1);
				next[i]++;
				return next;
			}
		}
		return null;
	}

	/** RethinkDB's type name of a datum, as {@code typeOf} shows it. */
	public static String typeName(@Nullable Object datum) {
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
		if (datum instanceof Enum<?> constant) {
			return constant.name();
		}
		Object pseudoType = ((Map<?, ?>) datum).get(REQL_TYPE);
		return (pseudoType != null) ? "PTYPE<" + pseudoType + ">" : "OBJECT";
	}

	private static void write(ByteWriter out, @Nullable Object datum) {
		if (datum == null) {
			out.write(NULL);
		}
		else if (datum instanceof Boolean bool) {
			out.write(BOOL);
			out.write(bool ? 1 : 0);
		}
		else if (datum instanceof Number number) {
			out.write(NUMBER);
			writeNumber(out, number.doubleValue());
		}
		else if (datum instanceof String string) {
			out.write(STRING);
			writeEscaped(out, string.getBytes(StandardCharsets.UTF_8));
		}
		else if (datum instanceof List<?> list) {
			writeArray(out, list);
		}
		else if (datum instanceof Map<?, ?> map) {
			writeMap(out, map);
		}
		else if (datum instanceof Enum<?> extremum && isExtremum(extremum)) {
			out.write(extremum.name().equals("MINVAL") ? MINVAL : MAXVAL);
		}
		else {
			throw new IllegalArgumentException("Not a datum: " + datum.getClass().getName());
		}
	}

	private static boolean isExtremum(Enum<?> constant) {
		return constant.name().equals("MINVAL") || constant.name().equals("MAXVAL");
	}

	private static void writeNumber(ByteWriter out, double number) {
		long bits = Double.doubleToLongBits((number == 0.0d) ? 0.0d : number);
		out.writeLong((bits < 0) ? ~bits : bits ^ Long.MIN_VALUE);
	}

	private static void writeEscaped(ByteWriter out, byte[] bytes) {
		for (byte b : bytes) {
			out.write(b);
			if (b == 0) {
				out.write(0xFF);
			}
		}
		out.write(END);
		out.write(END);
	}

	private static void writeArray(ByteWriter out, List<?> list) {
		out.write(ARRAY);
		for (Object element : list) {
			write(out, element);
		}
		out.write(END);
	}

	private static void writeMap(ByteWriter out, Map<?, ?> map) {
		Object pseudoType = map.get(REQL_TYPE);
		if ("TIME".equals(pseudoType)) {
			out.write(TIME);
			writeNumber(out, (map.get("epoch_time") instanceof Number epoch) ? epoch.doubleValue() : 0.0d);
		}
		else if ("BINARY".equals(pseudoType)) {
			out.write(BINARY);
			writeEscaped(out, binaryData(map.get("data")));
		}
		else if (pseudoType != null) {
			out.write(OTHER_PSEUDO_TYPE);
			writeEscaped(out, String.valueOf(pseudoType).getBytes(StandardCharsets.UTF_8));
			writeFields(out, map);
		}
		else {
			out.write(OBJECT);
			writeFields(out, map);
		}
	}

	private static byte[] binaryData(@Nullable Object data) {
		String text = (data instanceof String string) ? string : "";
		try {
			return Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			return text.getBytes(StandardCharsets.UTF_8);
		}
	}

	private static void writeFields(ByteWriter out, Map<?, ?> map) {
		byte[][] names = new byte[map.size()][];
		Object[] values = new Object[map.size()];
		int i = 0;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			names[i] = String.valueOf(entry.getKey()).getBytes(StandardCharsets.UTF_8);
			values[i++] = entry;
		}
		Integer[] order = sortedOrder(names);
		for (int index : order) {
			out.write(STRING);
			writeEscaped(out, names[index]);
			write(out, ((Map.Entry<?, ?>) values[index]).getValue());
		}
		out.write(END);
	}

	private static Integer[] sortedOrder(byte[][] names) {
		Integer[] order = new Integer[names.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(names[a], names[b]));
		return order;
	}

}
