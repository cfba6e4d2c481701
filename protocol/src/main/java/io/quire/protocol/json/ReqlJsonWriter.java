package io.quire.protocol.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Walks plain Java values (maps, collections, arrays, strings, numbers, booleans, null)
 * onto a generator; a {@link JsonWritable} writes itself; anything else goes to the
 * generator's object mapper.
 */
final class ReqlJsonWriter {

	private ReqlJsonWriter() {
	}

	static void writeValue(JsonGenerator generator, @Nullable Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof String string) {
			generator.writeString(string);
		}
		else if (value instanceof JsonWritable writable) {
			writable.writeJson(generator);
		}
		else if (value instanceof Map<?, ?> map) {
			writeObject(generator, map);
		}
		else if (value instanceof Collection<?> collection) {
			writeArray(generator, collection);
		}
		else if (value instanceof Number number) {
			writeNumber(generator, number);
		}
		else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else {
			writeOther(generator, value);
		}
	}

	private static void writeObject(JsonGenerator generator, Map<?, ?> map) {
		generator.writeStartObject(map, map.size());
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			generator.writeName(keyOf(entry.getKey()));
			writeValue(generator, entry.getValue());
		}
		generator.writeEndObject();
	}

	private static String keyOf(@Nullable Object key) {
		if (key == null) {
			throw new ReqlJsonException("Cannot write a map with a null key as JSON.");
		}
		return key.toString();
	}

	private static void writeArray(JsonGenerator generator, Collection<?> collection) {
		generator.writeStartArray(collection, collection.size());
		for (Object element : collection) {
			writeValue(generator, element);
		}
		generator.writeEndArray();
	}

	private static void writeObjectArray(JsonGenerator generator, @Nullable Object[] array) {
		generator.writeStartArray(array, array.length);
		for (Object element : array) {
			writeValue(generator, element);
		}
		generator.writeEndArray();
	}

	private static void writeNumber(JsonGenerator generator, Number number) {
		if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
				|| number instanceof AtomicInteger || number instanceof AtomicLong) {
			generator.writeNumber(number.longValue());
		}
		else if (number instanceof Float floatValue) {
			ReqlNumbers.writeFloat(generator, floatValue);
		}
		else if (number instanceof BigInteger bigInteger) {
			generator.writeNumber(bigInteger);
		}
		else if (number instanceof BigDecimal bigDecimal) {
			writeBigDecimal(generator, bigDecimal);
		}
		else {
			ReqlNumbers.writeDouble(generator, number.doubleValue());
		}
	}

	private static void writeBigDecimal(JsonGenerator generator, BigDecimal value) {
		if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
			generator.writeNumber(value.toBigInteger());
		}
		else {
			generator.writeNumber(value);
		}
	}

	private static void writeOther(JsonGenerator generator, Object value) {
		if (value instanceof Object[] array) {
			writeObjectArray(generator, array);
		}
		else if (value instanceof CharSequence || value instanceof Character) {
			generator.writeString(value.toString());
		}
		else if (value instanceof Enum<?> constant) {
			generator.writeString(constant.name());
		}
		else {
			generator.writePOJO(value);
		}
	}

}
