package io.quire.protocol.json;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON the way RethinkDB writes and reads it, between bytes and plain Java values.
 * <p>
 * Writing takes {@link java.util.Map} (keys in the map's order),
 * {@link java.util.Collection}, object arrays, strings, numbers, booleans and
 * {@code null}; a {@link JsonWritable} writes itself; other objects go through
 * {@link #mapper()}. A {@code double} or {@code float} that is integral and fits a
 * {@code long} is written as a JSON integer ({@code 1.0} as {@code 1}); {@code -0.0}
 * stays {@code -0.0}; other values take their shortest round-trip form; NaN and
 * infinities are refused.
 * <p>
 * Reading gives {@link java.util.LinkedHashMap}, {@link java.util.ArrayList},
 * {@link String}, {@link Long} for JSON integers ({@link java.math.BigInteger} beyond the
 * range of a long), {@link Double} for numbers with a fraction or exponent,
 * {@link Boolean} and {@code null}. Bytes must be well-formed UTF-8: overlong forms,
 * encoded surrogates, sequences above U+10FFFF and truncated sequences are refused.
 * <p>
 * Reading and writing share one limit on nesting, {@link #DEFAULT_MAX_DEPTH} unless a
 * method takes another, so whatever was read can be written back.
 */
public final class ReqlJson {

	/** The default limit on nested arrays and objects, when reading and when writing. */
	public static final int DEFAULT_MAX_DEPTH = 1024;

	private static final ConcurrentMap<Integer, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

	private static final ConcurrentMap<Integer, JsonMapper> MAPPERS = new ConcurrentHashMap<>();

	private static final JsonMapper MAPPER = mapper(DEFAULT_MAX_DEPTH);

	private ReqlJson() {
	}

	/**
	 * The Jackson mapper configured like the rest of this class (number rules, limits,
	 * integers read as {@code long}), for mapping documents to and from user classes.
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Writes the value as UTF-8 JSON, with at most {@link #DEFAULT_MAX_DEPTH} levels of
	 * nesting.
	 */
	public static byte[] write(@Nullable Object value) {
		return write(value, DEFAULT_MAX_DEPTH);
	}

	/** Writes the value as UTF-8 JSON; see {@link #write(Object, OutputStream, int)}. */
	public static byte[] write(@Nullable Object value, int maxDepth) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(128);
		write(value, out, maxDepth);
		return out.toByteArray();
	}

	/**
	 * Writes the value as UTF-8 JSON to the stream, with at most
	 * {@link #DEFAULT_MAX_DEPTH} levels of nesting.
	 */
	public static void write(@Nullable Object value, OutputStream out) {
		write(value, out, DEFAULT_MAX_DEPTH);
	}

	/**
	 * Writes the value as UTF-8 JSON to the stream (for example a Netty
	 * {@code ByteBufOutputStream}).
	 * @param maxDepth the most arrays and objects that may be nested in one another
	 * @throws JsonLimitException if the value is nested deeper than that
	 * @throws ReqlJsonException if the value cannot be written as JSON
	 */
	public static void write(@Nullable Object value, OutputStream out, int maxDepth) {
		try (JsonGenerator generator = mapper(maxDepth).createGenerator(out)) {
			ReqlJsonWriter.writeValue(generator, value);
		}
		catch (StreamConstraintsException ex) {
			throw new JsonLimitException("JSON exceeds a limit: " + ex.getOriginalMessage(), ex);
		}
		catch (JacksonException ex) {
			throw new ReqlJsonException("Cannot write the value as JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Writes a number as this class writes every {@code double}: without a decimal point
	 * when it is integral and fits a {@code long}, else in its shortest round-trip form.
	 * @throws ReqlJsonException if the number is NaN or infinite
	 */
	public static void writeNumber(JsonGenerator generator, double value) {
		ReqlNumbers.writeDouble(generator, value);
	}

	/** Writes the value as a JSON string. */
	public static String writeString(@Nullable Object value) {
		return new String(write(value), StandardCharsets.UTF_8);
	}

	/**
	 * Reads one UTF-8 JSON value, with at most {@link #DEFAULT_MAX_DEPTH} levels of
	 * nesting.
	 */
	public static @Nullable Object read(byte[] json) {
		return read(json, DEFAULT_MAX_DEPTH);
	}

	/**
	 * Reads one UTF-8 JSON value.
	 * @param maxDepth the most arrays and objects that may be nested in one another
	 * @throws JsonLimitException if the JSON is nested deeper than that
	 * @throws ReqlJsonException if the bytes are not exactly one JSON value in
	 * well-formed UTF-8
	 */
	public static @Nullable Object read(byte[] json, int maxDepth) {
		JsonFactory factory = factory(maxDepth);
		Utf8.requireWellFormed(json);
		return read(factory.createParser(ObjectReadContext.empty(), json));
	}

	/**
	 * Reads one JSON value from text, with at most {@link #DEFAULT_MAX_DEPTH} levels of
	 * nesting.
	 */
	public static @Nullable Object read(String json) {
		return read(json, DEFAULT_MAX_DEPTH);
	}

	/** Reads one JSON value from text; see {@link #read(byte[], int)}. */
	public static @Nullable Object read(String json, int maxDepth) {
		return read(factory(maxDepth).createParser(ObjectReadContext.empty(), json));
	}

	private static @Nullable Object read(JsonParser parser) {
		try (parser) {
			return ReqlJsonReader.readDocument(parser);
		}
		catch (StreamConstraintsException ex) {
			throw new JsonLimitException("JSON exceeds a limit: " + ex.getOriginalMessage(), ex);
		}
		catch (JacksonException ex) {
			throw new ReqlJsonException("Invalid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	private static JsonFactory factory(int maxDepth) {
		if (maxDepth < 1) {
			throw new IllegalArgumentException("maxDepth must be positive");
		}
		return FACTORIES.computeIfAbsent(maxDepth, ReqlJson::createFactory);
	}

	private static JsonMapper mapper(int maxDepth) {
		return MAPPERS.computeIfAbsent(maxDepth, (depth) -> createMapper(factory(depth)));
	}

	private static JsonFactory createFactory(int maxDepth) {
		StreamReadConstraints readConstraints = StreamReadConstraints.builder()
			.maxNestingDepth(maxDepth)
			.maxStringLength(Integer.MAX_VALUE)
			.maxNameLength(Integer.MAX_VALUE)
			.build();
		StreamWriteConstraints writeConstraints = StreamWriteConstraints.builder().maxNestingDepth(maxDepth).build();
		return JsonFactory.builder()
			.streamReadConstraints(readConstraints)
			.streamWriteConstraints(writeConstraints)
			.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
			.build();
	}

	private static JsonMapper createMapper(JsonFactory factory) {
		SimpleModule numbers = new SimpleModule("ReqlNumbers");
		numbers.addSerializer(Double.class, ReqlNumberSerializer.INSTANCE);
		numbers.addSerializer(double.class, ReqlNumberSerializer.INSTANCE);
		numbers.addSerializer(Float.class, ReqlNumberSerializer.INSTANCE);
		numbers.addSerializer(float.class, ReqlNumberSerializer.INSTANCE);
		return JsonMapper.builder(factory).addModule(numbers).enable(DeserializationFeature.USE_LONG_FOR_INTS).build();
	}

}
