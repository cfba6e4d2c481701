package io.quire.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * YCSB-shaped documents: keys {@code user<N>} and ten fields {@code field0..field9} of
 * 100 printable characters each (about 1 KB of payload).
 */
public final class Documents {

	/** Number of fields in a document. */
	public static final int FIELD_COUNT = 10;

	/** Length of each field's value. */
	public static final int FIELD_LENGTH = 100;

	private Documents() {
	}

	/** The key of record {@code n}. */
	public static String key(long n) {
		return "user" + n;
	}

	/** The name of field {@code i}. */
	public static String fieldName(int i) {
		return "field" + i;
	}

	/** A new document of random field values, without its key. */
	public static Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < FIELD_COUNT; i++) {
			fields.put(fieldName(i), value());
		}
		return fields;
	}

	/** A new document with its key under {@code keyField}. */
	public static Map<String, Object> document(String keyField, String key) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put(keyField, key);
		document.putAll(fields());
		return document;
	}

	/** A random printable value of {@link #FIELD_LENGTH} characters. */
	public static String value() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		char[] chars = new char[FIELD_LENGTH];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = (char) ('a' + random.nextInt(26));
		}
		return new String(chars);
	}

	/** A random field name. */
	public static String randomFieldName() {
		return fieldName(ThreadLocalRandom.current().nextInt(FIELD_COUNT));
	}

}
