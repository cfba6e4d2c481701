package io.quire.protocol.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one JSON value from a parser into plain Java values: {@link LinkedHashMap},
 * {@link ArrayList}, {@link String}, {@link Long} (or {@link java.math.BigInteger}),
 * {@link Double}, {@link Boolean} and {@code null}.
 */
final class ReqlJsonReader {

	private ReqlJsonReader() {
	}

	static @Nullable Object readDocument(JsonParser parser) {
		JsonToken token = parser.nextToken();
		if (token == null) {
			throw new ReqlJsonException("Expected a JSON value but found the end of the input.");
		}
		Object value = readValue(parser, token);
		if (parser.nextToken() != null) {
			throw new ReqlJsonException("Unexpected content after the JSON value.");
		}
		return value;
	}

	private static @Nullable Object readValue(JsonParser parser, JsonToken token) {
		return switch (token) {
			case START_OBJECT -> readObject(parser);
			case START_ARRAY -> readArray(parser);
			case VALUE_STRING -> parser.getString();
			case VALUE_NUMBER_INT -> readInteger(parser);
			case VALUE_NUMBER_FLOAT -> readDouble(parser);
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case VALUE_NULL -> null;
			default -> throw new ReqlJsonException("Unexpected JSON token " + token + ".");
		};
	}

	private static Map<String, @Nullable Object> readObject(JsonParser parser) {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		String name;
		while ((name = parser.nextName()) != null) {
			map.put(name, readValue(parser, parser.nextToken()));
		}
		return map;
	}

	private static List<@Nullable Object> readArray(JsonParser parser) {
		List<@Nullable Object> list = new ArrayList<>();
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			list.add(readValue(parser, token));
		}
		return list;
	}

	private static Object readInteger(JsonParser parser) {
		if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
			return parser.getBigIntegerValue();
		}
		return parser.getLongValue();
	}

	private static Double readDouble(JsonParser parser) {
		double value = parser.getDoubleValue();
		if (!Double.isFinite(value)) {
			throw new ReqlJsonException("Number out of range: " + parser.getString() + ".");
		}
		return value;
	}

}
