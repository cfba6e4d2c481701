package io.quire.engine.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.protocol.json.ReqlJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.dataformat.cbor.CBORFactory;

/**
 * Encodes datums ({@code null}, {@link Boolean}, {@link Number}, {@link String},
 * {@link List}, {@link Map}) as CBOR. Integral numbers are written as CBOR integers to
 * save space; every number is read back as a {@link Double}, the engine's only number
 * type. Nesting is not limited here (Jackson's default would stop at 500 levels): the
 * driver port bounds what comes in and goes out, and a document the evaluator built must
 * always be readable once stored.
 */
public final class DocumentCodec {

	/** Used bare, without a mapper's per-call context: the codec maps values itself. */
	private static final CBORFactory CBOR = CBORFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
		.streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
		.build();

	private static final double MAX_EXACT_INTEGER = 9007199254740992d;

	private DocumentCodec() {
	}

	public static byte[] encode(@Nullable Object datum) {
		EncodedBytes out = new EncodedBytes();
		try (JsonGenerator generator = CBOR.createGenerator(ObjectWriteContext.empty(), out)) {
			write(generator, datum);
		}
		return out.toByteArray();
	}

	public static @Nullable Object decode(byte[] bytes) {
		try (JsonParser parser = CBOR.createParser(ObjectReadContext.empty(), bytes)) {
			return read(parser, parser.nextToken());
		}
	}

	/** Decodes bytes known to hold an object, such as a stored document. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> decodeDocument(byte[] bytes) {
		Object datum = decode(bytes);
		if (!(datum instanceof Map)) {
			throw new StorageException("Stored value is not a document");
		}
		return (Map<String, Object>) datum;
	}

	/**
	 * Writes stored bytes to a generator (the JSON of a response) token by token, as
	 * exactly what writing their decoded datum would give: keys in stored order, every
	 * number as the {@link Double} {@link #decode} reads, through
	 * {@link ReqlJson#writeNumber}.
	 */
	public static void transcode(byte[] bytes, JsonGenerator json) {
		try (JsonParser parser = CBOR.createParser(ObjectReadContext.empty(), bytes)) {
			int depth = 0;
			do {
				depth += copy(parser, parser.nextToken(), json);
			}
			while (depth > 0);
		}
	}

	/** Copies one token; returns by how much it changed the nesting depth. */
	private static int copy(JsonParser parser, @Nullable JsonToken token, JsonGenerator json) {
		if (token == null) {
			throw new StorageException("Truncated CBOR value");
		}
		switch (token) {
			case START_OBJECT -> json.writeStartObject();
			case START_ARRAY -> json.writeStartArray();
			case END_OBJECT -> json.writeEndObject();
			case END_ARRAY -> json.writeEndArray();
			case PROPERTY_NAME -> json.writeName(parser.currentName());
			default -> copyScalar(parser, token, json);
		}
		return switch (token) {
			case START_OBJECT, START_ARRAY -> 1;
			case END_OBJECT, END_ARRAY -> -1;
			default -> 0;
		};
	}

	private static void copyScalar(JsonParser parser, JsonToken token, JsonGenerator json) {
		switch (token) {
			case VALUE_NULL -> json.writeNull();
			case VALUE_TRUE -> json.writeBoolean(true);
			case VALUE_FALSE -> json.writeBoolean(false);
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ReqlJson.writeNumber(json, parser.getDoubleValue());
			case VALUE_STRING -> json.writeString(parser.getString());
			default -> throw new StorageException("Unexpected CBOR token " + token);
		}
	}

	private static void write(JsonGenerator generator, @Nullable Object datum) {
		if (datum == null) {
			generator.writeNull();
		}
		else if (datum instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else if (datum instanceof Number number) {
			writeNumber(generator, number.doubleValue());
		}
		else if (datum instanceof String string) {
			generator.writeString(string);
		}
		else if (datum instanceof List<?> list) {
			writeArray(generator, list);
		}
		else if (datum instanceof Map<?, ?> map) {
			writeObject(generator, map);
		}
		else {
			throw new IllegalArgumentException("Not a datum: " + datum.getClass().getName());
		}
	}

	private static void writeNumber(JsonGenerator generator, double number) {
		if (number == Math.rint(number) && Math.abs(number) <= MAX_EXACT_INTEGER && !isNegativeZero(number)) {
			generator.writeNumber((long) number);
		}
		else {
			generator.writeNumber(number);
		}
	}

	private static boolean isNegativeZero(double number) {
		return Double.doubleToRawLongBits(number) == Long.MIN_VALUE;
	}

	private static void writeArray(JsonGenerator generator, List<?> list) {
		generator.writeStartArray(list, list.size());
		for (Object element : list) {
			write(generator, element);
		}
		generator.writeEndArray();
	}

	private static void writeObject(JsonGenerator generator, Map<?, ?> map) {
		generator.writeStartObject(map, map.size());
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			generator.writeName((String) entry.getKey());
			write(generator, entry.getValue());
		}
		generator.writeEndObject();
	}

	private static @Nullable Object read(JsonParser parser, @Nullable JsonToken token) {
		if (token == null) {
			throw new StorageException("Truncated CBOR value");
		}
		return switch (token) {
			case VALUE_NULL -> null;
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
			case VALUE_STRING -> parser.getString();
			case START_ARRAY -> readArray(parser);
			case START_OBJECT -> readObject(parser);
			default -> throw new StorageException("Unexpected CBOR token " + token);
		};
	}

	private static List<Object> readArray(JsonParser parser) {
		List<Object> list = new ArrayList<>();
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			list.add(read(parser, token));
		}
		return list;
	}

	private static Map<String, Object> readObject(JsonParser parser) {
		Map<String, Object> map = new LinkedHashMap<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			map.put(name, read(parser, parser.nextToken()));
		}
		return map;
	}

}
