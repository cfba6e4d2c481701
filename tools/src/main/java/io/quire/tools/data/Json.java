package io.quire.tools.data;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper the tools read and write files with: plain JSON, no Java types.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private Json() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

}
