package io.quire.driver.internal;

import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.quire.driver.QuireMappingException;
import io.quire.protocol.json.ReqlJson;
import io.quire.protocol.pseudo.PseudoTypes;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Maps documents between the server's JSON values and Java, with Jackson 3. TIME and
 * BINARY pseudo-types become {@code OffsetDateTime}/{@code Instant} and {@code byte[]}
 * (in user classes by the field's type; in plain values by time-zone awareness), and
 * those Java types become pseudo-types when sent.
 */
public final class DocumentMapper {

	private static final DocumentMapper SHARED = new DocumentMapper(createMapper());

	private final JsonMapper mapper;

	private final JavaType untyped;

	private DocumentMapper(JsonMapper mapper) {
		this.mapper = mapper;
		this.untyped = mapper.getTypeFactory().constructType(Object.class);
	}

	/** The mapper used by every connection. */
	public static DocumentMapper shared() {
		return SHARED;
	}

	/** The Jackson mapper, with the pseudo-type module. */
	public JsonMapper jsonMapper() {
		return this.mapper;
	}

	/** The Jackson type of a Java type. */
	public JavaType type(Type type) {
		return this.mapper.getTypeFactory().constructType(type);
	}

	/**
	 * Map a value read from the server to the type.
	 * @param timeZoneAware whether untyped times become {@code OffsetDateTime} (else
	 * {@code Instant})
	 * @throws QuireMappingException if the value does not fit the type
	 */
	@SuppressWarnings("unchecked")
	public <T> T map(@Nullable Object value, JavaType type, boolean timeZoneAware) {
		try {
			if (isUntyped(type)) {
				Object converted = PseudoTypes.convertPseudoTypes(value, timeZoneAware);
				if (converted == null || type.getRawClass().isInstance(converted)) {
					return (T) converted;
				}
			}
			return this.mapper.convertValue(value, type);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw new QuireMappingException("Cannot map the result to " + type.toCanonical() + ": " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * Map each document (a JSON object other than a pseudo-type) of an untyped value to
	 * the document type, looking into a top-level array; other values become plain ones.
	 * @throws QuireMappingException if a document does not fit the type
	 */
	@SuppressWarnings("unchecked")
	public <T> T mapDocuments(@Nullable Object value, JavaType documentType, boolean timeZoneAware) {
		if (value instanceof List<?> list) {
			List<@Nullable Object> mapped = new ArrayList<>(list.size());
			for (Object element : list) {
				mapped.add(mapDocument(element, documentType, timeZoneAware));
			}
			return (T) mapped;
		}
		return (T) mapDocument(value, documentType, timeZoneAware);
	}

	private @Nullable Object mapDocument(@Nullable Object value, JavaType documentType, boolean timeZoneAware) {
		boolean document = value instanceof Map<?, ?> map && !map.containsKey("$reql_type$");
		return map(value, document ? documentType : this.untyped, timeZoneAware);
	}

	/**
	 * A user object as plain JSON values (maps, lists, scalars), with pseudo-types for
	 * times and bytes.
	 */
	public @Nullable Object toPlain(Object value) {
		try {
			return ReqlJson.read(this.mapper.writeValueAsBytes(value));
		}
		catch (JacksonException ex) {
			throw new QuireMappingException(
					"Cannot convert " + value.getClass().getName() + " to a document: " + ex.getMessage(), ex);
		}
	}

	private static boolean isUntyped(JavaType type) {
		Class<?> raw = type.getRawClass();
		if (raw == Object.class) {
			return true;
		}
		if (Map.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)) {
			JavaType content = type.getContentType();
			return content == null || content.getRawClass() == Object.class;
		}
		return false;
	}

	private static JsonMapper createMapper() {
		SimpleModule pseudoTypes = new SimpleModule("QuirePseudoTypes");
		pseudoTypes.addSerializer(OffsetDateTime.class, new PseudoTypeSerializer<>());
		pseudoTypes.addSerializer(ZonedDateTime.class, new PseudoTypeSerializer<>());
		pseudoTypes.addSerializer(Instant.class, new PseudoTypeSerializer<>());
		pseudoTypes.addSerializer(LocalDate.class, new PseudoTypeSerializer<>());
		pseudoTypes.addSerializer(byte[].class, new PseudoTypeSerializer<>());
		pseudoTypes.addDeserializer(OffsetDateTime.class,
				new TimeDeserializer<>(PseudoTypes::toOffsetDateTime, OffsetDateTime::parse));
		pseudoTypes.addDeserializer(ZonedDateTime.class, new TimeDeserializer<>(
				(map) -> PseudoTypes.toOffsetDateTime(map).toZonedDateTime(), ZonedDateTime::parse));
		pseudoTypes.addDeserializer(Instant.class,
				new TimeDeserializer<>(PseudoTypes::toInstant, (text) -> OffsetDateTime.parse(text).toInstant()));
		pseudoTypes.addDeserializer(LocalDate.class, new TimeDeserializer<>(
				(map) -> PseudoTypes.toInstant(map).atOffset(ZoneOffset.UTC).toLocalDate(), LocalDate::parse));
		pseudoTypes.addDeserializer(byte[].class, new BinaryDeserializer());
		return ReqlJson.mapper()
			.rebuild()
			.addModule(pseudoTypes)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
			.build();
	}

	/** Writes times and bytes as TIME and BINARY pseudo-type objects. */
	private static final class PseudoTypeSerializer<T> extends ValueSerializer<T> {

		@Override
		public void serialize(T value, JsonGenerator generator, SerializationContext context) {
			generator.writePOJO(PseudoTypes.toReql(value));
		}

	}

	/** Reads a time from a TIME pseudo-type, or from ISO-8601 text. */
	private static final class TimeDeserializer<T> extends ValueDeserializer<T> {

		private final Function<Map<?, ?>, T> fromPseudoType;

		private final Function<String, T> fromText;

		TimeDeserializer(Function<Map<?, ?>, T> fromPseudoType, Function<String, T> fromText) {
			this.fromPseudoType = fromPseudoType;
			this.fromText = fromText;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() == JsonToken.VALUE_STRING) {
				return this.fromText.apply(parser.getString());
			}
			if (parser.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT && parser.getEmbeddedObject() != null) {
				return this.fromText.apply(parser.getEmbeddedObject().toString());
			}
			Map<?, ?> map = context.readValue(parser, Map.class);
			return this.fromPseudoType.apply(map);
		}

	}

	/** Reads bytes from a BINARY pseudo-type, or from base64 text. */
	private static final class BinaryDeserializer extends ValueDeserializer<byte[]> {

		@Override
		public byte[] deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() == JsonToken.VALUE_STRING) {
				return Base64.getDecoder().decode(parser.getString());
			}
			if (parser.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT
					&& parser.getEmbeddedObject() instanceof byte[] bytes) {
				return bytes;
			}
			return PseudoTypes.toBytes(context.readValue(parser, Map.class));
		}

	}

}
