package io.quire.data.core.convert;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.mapping.QuireMappingContext;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.data.core.TypeInformation;
import org.springframework.util.Assert;

/**
 * The {@link QuireConverter} driven by the mapping metadata: nested objects become nested
 * documents, collections and arrays become arrays, enums their names, {@code java.time}
 * values TIME values, and UUIDs, big numbers and other value types their string form.
 */
public class MappingQuireConverter implements QuireConverter {

	private final QuireMappingContext mappingContext;

	private final ConversionService conversionService;

	private final DocumentWriter writer;

	private final DocumentReader reader;

	public MappingQuireConverter(QuireMappingContext mappingContext) {
		this(mappingContext, DefaultConversionService.getSharedInstance());
	}

	public MappingQuireConverter(QuireMappingContext mappingContext, ConversionService conversionService) {
		Assert.notNull(mappingContext, "mappingContext must not be null");
		Assert.notNull(conversionService, "conversionService must not be null");
		this.mappingContext = mappingContext;
		this.conversionService = conversionService;
		this.writer = new DocumentWriter(mappingContext);
		this.reader = new DocumentReader(mappingContext, conversionService);
	}

	@Override
	public QuireMappingContext getMappingContext() {
		return this.mappingContext;
	}

	@Override
	public ConversionService getConversionService() {
		return this.conversionService;
	}

	@Override
	public <R> R read(Class<R> type, Map<String, Object> source) {
		Assert.notNull(type, "type must not be null");
		Assert.notNull(source, "source must not be null");
		return type.cast(this.reader.readEntity(this.mappingContext.getRequiredPersistentEntity(type), source));
	}

	@Override
	public void write(Object source, Map<String, Object> sink) {
		Assert.notNull(source, "source must not be null");
		this.writer.writeEntity(source, sink);
	}

	@Override
	public Map<String, Object> toDocument(Object entity) {
		Map<String, Object> document = new LinkedHashMap<>();
		write(entity, document);
		return document;
	}

	@Override
	public @Nullable Object toQuireValue(@Nullable Object value) {
		return this.writer.writeValue(value);
	}

	@Override
	public <T> @Nullable T fromQuireValue(@Nullable Object value, Class<T> type) {
		Object read = this.reader.readValue(value, TypeInformation.of(type));
		return (read != null && !type.isPrimitive()) ? type.cast(read) : castPrimitive(read);
	}

	@SuppressWarnings("unchecked")
	private static <T> @Nullable T castPrimitive(@Nullable Object value) {
		return (T) value;
	}

}
