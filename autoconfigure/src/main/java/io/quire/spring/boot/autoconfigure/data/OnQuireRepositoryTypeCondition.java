package io.quire.spring.boot.autoconfigure.data;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.autoconfigure.data.RepositoryType;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.Assert;

/**
 * Condition behind
 * {@link ConditionalOnQuireRepositoryType @ConditionalOnQuireRepositoryType}.
 */
class OnQuireRepositoryTypeCondition extends SpringBootCondition {

	static final String PROPERTY = "quire.data.repositories.type";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = metadata
			.getAnnotationAttributes(ConditionalOnQuireRepositoryType.class.getName());
		Assert.state(attributes != null, "No @ConditionalOnQuireRepositoryType attributes");
		RepositoryType required = (RepositoryType) attributes.get("type");
		RepositoryType configured = configuredType(context);
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnQuireRepositoryType.class);
		if (configured == required || configured == RepositoryType.AUTO) {
			return ConditionOutcome.match(message.because("'" + PROPERTY + "' is " + describe(configured)));
		}
		return ConditionOutcome.noMatch(message
			.because("'" + PROPERTY + "' is " + describe(configured) + ", not " + describe(required) + " or auto"));
	}

	private RepositoryType configuredType(ConditionContext context) {
		String value = context.getEnvironment().getProperty(PROPERTY);
		if (value == null || value.isBlank()) {
			return RepositoryType.AUTO;
		}
		String name = value.strip().toUpperCase(Locale.ROOT);
		for (RepositoryType type : RepositoryType.values()) {
			if (type.name().equals(name)) {
				return type;
			}
		}
		throw new IllegalStateException(
				"Invalid value '" + value + "' of '" + PROPERTY + "': expected auto, imperative, reactive or none");
	}

	private static String describe(RepositoryType type) {
		return type.name().toLowerCase(Locale.ROOT);
	}

}
