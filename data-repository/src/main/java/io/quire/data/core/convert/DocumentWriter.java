package io.quire.data.core.convert;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.core.mapping.QuirePersistentProperty;
import io.quire.data.core.mapping.QuireSimpleTypes;

import org.springframework.data.geo.Point;
import org.springframework.data.mapping.PersistentPropertyAccessor;

/**
 * Writes entities and values into their stored form. Null properties are left out of the
 * document.
 */
final class DocumentWriter {

	private final QuireMappingContext mappingContext;

	DocumentWriter(QuireMappingContext mappingContext) {
		this.mappingContext = mappingContext;
	}

	void writeEntity(Object source, Map<String, Object> sink) {
		QuirePersistentEntity<?> entity = this.mappingContext.getRequiredPersistentEntity(source.getClass());
		PersistentPropertyAccessor<?> accessor = entity.getPropertyAccessor(source);
		for (QuirePersistentProperty property : entity) {
			Object value = accessor.getProperty(property);
			if (value != null) {
				sink.put(property.getFieldName(), writeValue(value));
			}
		}
	}

	@Nullable Object writeValue(@Nullable Object value) {
		if (value == null || isNative(value)) {
			return value;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Character || QuireSimpleTypes.STRING_TYPES.contains(value.getClass())) {
			return value.toString();
		}
		if (QuireSimpleTypes.isTime(value.getClass())) {
			return TimeValues.toTime(value);
		}
		if (value instanceof Point point) {
			return GeoValues.toGeometry(point);
		}
		return writeStructure(value);
	}

	private Object writeStructure(Object value) {
		if (value instanceof Map<?, ?> map) {
			return writeMap(map);
		}
		if (value instanceof Collection<?> collection) {
			return writeList(collection);
		}
		if (value.getClass().isArray()) {
			return writeList(arrayToList(value));
		}
		Map<String, Object> document = new LinkedHashMap<>();
		writeEntity(value, document);
		return document;
	}

	private Map<String, Object> writeMap(Map<?, ?> map) {
		Map<String, Object> document = new LinkedHashMap<>();
		map.forEach((key, value) -> document.put(mapKey(key), writeValue(value)));
		return document;
	}

	private List<Object> writeList(Collection<?> collection) {
		List<Object> list = new ArrayList<>(collection.size());
		for (Object element : collection) {
			list.add(writeValue(element));
		}
		return list;
	}

	private static String mapKey(Object key) {
		return (key instanceof Enum<?> constant) ? constant.name() : key.toString();
	}

	private static boolean isNative(Object value) {
		if (value instanceof BigDecimal || value instanceof BigInteger) {
			return false;
		}
		return value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof byte[];
	}

	private static List<Object> arrayToList(Object array) {
		int length = Array.getLength(array);
		List<Object> list = new ArrayList<>(length);
		for (int i = 0; i < length; i++) {
			list.add(Array.get(array, i));
		}
		return list;
	}

}
