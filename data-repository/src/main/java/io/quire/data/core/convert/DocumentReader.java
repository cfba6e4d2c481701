package io.quire.data.core.convert;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.core.mapping.QuirePersistentProperty;
import io.quire.data.core.mapping.QuireSimpleTypes;

import org.springframework.core.CollectionFactory;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.MappingException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.model.ConvertingPropertyAccessor;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.mapping.model.ParameterValueProvider;
import org.springframework.data.mapping.model.PersistentEntityParameterValueProvider;
import org.springframework.data.mapping.model.PropertyValueProvider;

/**
 * Reads documents into entities, through their persistence constructor and property
 * accessors, converting each value to the declared property type.
 */
final class DocumentReader {

	private final QuireMappingContext mappingContext;

	private final ConversionService conversionService;

	private final EntityInstantiators instantiators = new EntityInstantiators();

	DocumentReader(QuireMappingContext mappingContext, ConversionService conversionService) {
		this.mappingContext = mappingContext;
		this.conversionService = conversionService;
	}

	Object readEntity(QuirePersistentEntity<?> entity, Map<?, ?> document) {
		ParameterValueProvider<QuirePersistentProperty> parameters = new PersistentEntityParameterValueProvider<>(
				entity, new DocumentValues(document), null);
		Object instance = this.instantiators.getInstantiatorFor(entity).createInstance(entity, parameters);
		PersistentPropertyAccessor<?> accessor = new ConvertingPropertyAccessor<>(entity.getPropertyAccessor(instance),
				this.conversionService);
		for (QuirePersistentProperty property : entity) {
			if (!entity.isCreatorArgument(property) && document.get(property.getFieldName()) != null) {
				accessor.setProperty(property, readProperty(property, document));
			}
		}
		return accessor.getBean();
	}

	@Nullable Object readValue(@Nullable Object value, TypeInformation<?> type) {
		if (value == null) {
			return null;
		}
		if (type.getType() == byte[].class) {
			return readBinary(value);
		}
		if (type.isCollectionLike()) {
			return readCollection(value, type);
		}
		if (type.isMap()) {
			return readMap(value, type);
		}
		return readSingle(value, type);
	}

	private @Nullable Object readProperty(QuirePersistentProperty property, Map<?, ?> document) {
		Object value = readValue(document.get(property.getFieldName()), property.getTypeInformation());
		if (value == null && property.getType().isPrimitive()) {
			return Array.get(Array.newInstance(property.getType(), 1), 0);
		}
		return value;
	}

	private Object readSingle(Object value, TypeInformation<?> type) {
		Class<?> target = type.getType();
		if (QuireSimpleTypes.isTime(target) || TimeValues.isTimeDocument(value)) {
			return TimeValues.fromTime(value, target);
		}
		if (QuireSimpleTypes.isGeometry(target)) {
			return GeoValues.fromGeometry(value);
		}
		if (value instanceof Map<?, ?> document && isEntity(target)) {
			return readEntity(this.mappingContext.getRequiredPersistentEntity(type), document);
		}
		if (target.isEnum()) {
			return readEnum(value, target);
		}
		if (target.isInstance(value) || target == Object.class) {
			return value;
		}
		return convert(value, target);
	}

	private static byte[] readBinary(Object value) {
		if (value instanceof byte[] bytes) {
			return bytes;
		}
		Object data = (value instanceof Map<?, ?> map) ? map.get("data") : value;
		if (data instanceof String base64) {
			return Base64.getDecoder().decode(base64);
		}
		throw new MappingException("Cannot read " + value + " as binary data");
	}

	private boolean isEntity(Class<?> type) {
		return type != Object.class && !QuireSimpleTypes.HOLDER.isSimpleType(type);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object readEnum(Object value, Class<?> target) {
		return Enum.valueOf((Class<Enum>) target, value.toString());
	}

	private Object convert(Object value, Class<?> target) {
		Object converted = this.conversionService.convert(value, target);
		if (converted == null) {
			throw new MappingException("Cannot read " + value + " as " + target.getName());
		}
		return converted;
	}

	private Object readCollection(Object value, TypeInformation<?> type) {
		Collection<?> source = (value instanceof Collection<?> collection) ? collection : List.of(value);
		TypeInformation<?> elementType = type.getComponentType();
		TypeInformation<?> element = (elementType != null) ? elementType : TypeInformation.OBJECT;
		if (type.getType().isArray()) {
			return readArray(source, element);
		}
		Collection<Object> target = CollectionFactory.createCollection(type.getType(), element.getType(),
				source.size());
		for (Object item : source) {
			target.add(readValue(item, element));
		}
		return target;
	}

	private Object readArray(Collection<?> source, TypeInformation<?> element) {
		Object array = Array.newInstance(element.getType(), source.size());
		int index = 0;
		for (Object item : source) {
			Array.set(array, index++, readValue(item, element));
		}
		return array;
	}

	private Object readMap(Object value, TypeInformation<?> type) {
		if (!(value instanceof Map<?, ?> source)) {
			throw new MappingException("Cannot read " + value + " as a map");
		}
		TypeInformation<?> keyType = type.getComponentType();
		TypeInformation<?> valueType = type.getMapValueType();
		Map<Object, Object> target = CollectionFactory.createMap(type.getType(), source.size());
		source.forEach((key, item) -> target.put(readKey(key, keyType),
				readValue(item, (valueType != null) ? valueType : TypeInformation.OBJECT)));
		return target;
	}

	private Object readKey(Object key, @Nullable TypeInformation<?> keyType) {
		Class<?> target = (keyType != null) ? keyType.getType() : String.class;
		return readSingle(key, TypeInformation.of(target));
	}

	/** Supplies constructor arguments from the document being read. */
	private final class DocumentValues implements PropertyValueProvider<QuirePersistentProperty> {

		private final Map<?, ?> document;

		DocumentValues(Map<?, ?> document) {
			this.document = document;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> @Nullable T getPropertyValue(QuirePersistentProperty property) {
			return (T) readProperty(property, this.document);
		}

	}

}
