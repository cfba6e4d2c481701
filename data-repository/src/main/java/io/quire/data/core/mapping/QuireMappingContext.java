package io.quire.data.core.mapping;

import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.context.AbstractMappingContext;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;

/**
 * The mapping context of Quire documents: builds {@link QuirePersistentEntity} metadata
 * for entity classes and holds whether {@code @Indexed} properties create their indexes.
 */
public class QuireMappingContext extends AbstractMappingContext<QuirePersistentEntity<?>, QuirePersistentProperty> {

	private boolean autoIndexCreation;

	public QuireMappingContext() {
		setSimpleTypeHolder(QuireSimpleTypes.HOLDER);
	}

	/**
	 * Whether {@code @Indexed} properties create their secondary indexes; off by default.
	 */
	public boolean isAutoIndexCreation() {
		return this.autoIndexCreation;
	}

	/**
	 * Sets whether {@code @Indexed} properties create their secondary indexes when a
	 * table is first used.
	 */
	public void setAutoIndexCreation(boolean autoIndexCreation) {
		this.autoIndexCreation = autoIndexCreation;
	}

	@Override
	protected <T> QuirePersistentEntity<?> createPersistentEntity(TypeInformation<T> typeInformation) {
		return new QuirePersistentEntity<>(typeInformation);
	}

	@Override
	protected QuirePersistentProperty createPersistentProperty(Property property, QuirePersistentEntity<?> owner,
			SimpleTypeHolder simpleTypeHolder) {
		return new QuirePersistentProperty(property, owner, simpleTypeHolder);
	}

}
