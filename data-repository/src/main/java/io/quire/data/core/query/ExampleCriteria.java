package io.quire.data.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.core.mapping.QuirePersistentProperty;

import org.springframework.data.domain.Example;
import org.springframework.data.domain.ExampleMatcher.NullHandler;
import org.springframework.data.domain.ExampleMatcher.StringMatcher;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.support.ExampleMatcherAccessor;
import org.springframework.util.Assert;

/**
 * Turns a Spring Data {@link Example} into {@link Criteria}: one condition per property
 * of the probe that is set (or, with {@link NullHandler#INCLUDE}, per null property too),
 * nested documents walked property by property, combined with and (match all) or or
 * (match any). Strings follow the matcher's {@link StringMatcher} and ignore-case
 * settings; ignored paths and value transformers apply. Other values, collections among
 * them, must be equal; empty collections and maps, like the {@code @Version} property,
 * constrain nothing (so a new entity's empty lists do not). Primitive properties always
 * hold a value: ignore their paths when they should not count. An example with nothing
 * set matches every document.
 */
public final class ExampleCriteria {

	private final QuireMappingContext mappingContext;

	/**
	 * Create a mapper.
	 * @param mappingContext the mapping context that describes the probe's type
	 */
	public ExampleCriteria(QuireMappingContext mappingContext) {
		Assert.notNull(mappingContext, "mappingContext must not be null");
		this.mappingContext = mappingContext;
	}

	/** The criteria of the example, or {@code null} when it constrains nothing. */
	public @Nullable Criteria criteria(Example<?> example) {
		Assert.notNull(example, "example must not be null");
		ExampleMatcherAccessor matcher = new ExampleMatcherAccessor(example.getMatcher());
		List<Criteria> conditions = new ArrayList<>();
		collect(example.getProbe(), example.getProbeType(), "", matcher, conditions);
		if (conditions.isEmpty()) {
			return null;
		}
		return combine(conditions, example.getMatcher().isAllMatching());
	}

	private void collect(Object bean, Class<?> type, String prefix, ExampleMatcherAccessor matcher,
			List<Criteria> conditions) {
		QuirePersistentEntity<?> entity = this.mappingContext.getRequiredPersistentEntity(type);
		PersistentPropertyAccessor<?> accessor = entity.getPropertyAccessor(bean);
		for (QuirePersistentProperty property : entity) {
			String path = prefix + property.getName();
			if (!matcher.isIgnoredPath(path) && !property.isVersionProperty()) {
				@Nullable Object value = transformed(accessor.getProperty(property), path, matcher);
				add(property, path, value, matcher, conditions);
			}
		}
	}

	private void add(QuirePersistentProperty property, String path, @Nullable Object value,
			ExampleMatcherAccessor matcher, List<Criteria> conditions) {
		if (isEmptyCollection(value)) {
			return;
		}
		if (value == null) {
			if (matcher.getNullHandler() == NullHandler.INCLUDE) {
				conditions.add(Criteria.where(path).isNull());
			}
		}
		else if (property.isEntity() && !property.isCollectionLike() && !property.isMap()) {
			collect(value, property.getActualType(), path + ".", matcher, conditions);
		}
		else if (value instanceof String text) {
			conditions.add(stringCondition(path, text, matcher));
		}
		else {
			conditions.add(Criteria.where(path).is(value));
		}
	}

	private static boolean isEmptyCollection(@Nullable Object value) {
		return (value instanceof Collection<?> collection && collection.isEmpty())
				|| (value instanceof Map<?, ?> map && map.isEmpty());
	}

	private static Criteria.Condition stringCondition(String path, String text, ExampleMatcherAccessor matcher) {
		Criteria.Where where = Criteria.where(path);
		Criteria.Condition condition = switch (matcher.getStringMatcherForPath(path)) {
			case DEFAULT, EXACT -> where.is(text);
			case STARTING -> where.startsWith(text);
			case ENDING -> where.endsWith(text);
			case CONTAINING -> where.contains(text);
			case REGEX -> where.matches(text);
		};
		return matcher.isIgnoreCaseForPath(path) ? condition.ignoringCase() : condition;
	}

	private static @Nullable Object transformed(@Nullable Object value, String path, ExampleMatcherAccessor matcher) {
		Optional<Object> result = matcher.getValueTransformerForPath(path).apply(Optional.ofNullable(value));
		return result.orElse(null);
	}

	private static Criteria combine(List<Criteria> conditions, boolean all) {
		Criteria result = conditions.get(0);
		for (Criteria next : conditions.subList(1, conditions.size())) {
			result = all ? result.and(next) : result.or(next);
		}
		return result;
	}

}
