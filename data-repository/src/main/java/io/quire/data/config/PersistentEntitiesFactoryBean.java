package io.quire.data.config;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.mapping.QuireMappingContext;

import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mapping.context.PersistentEntities;

/**
 * The persistent entities of the template's mapping context, for the auditing handler; a
 * fresh mapping context when there is no single {@link QuireOperations} bean.
 */
class PersistentEntitiesFactoryBean implements FactoryBean<PersistentEntities> {

	private final ObjectProvider<QuireOperations> operations;

	PersistentEntitiesFactoryBean(ObjectProvider<QuireOperations> operations) {
		this.operations = operations;
	}

	@Override
	public PersistentEntities getObject() {
		QuireOperations template = this.operations.getIfUnique();
		QuireMappingContext context = (template != null) ? template.getConverter().getMappingContext()
				: new QuireMappingContext();
		return PersistentEntities.of(context);
	}

	@Override
	public Class<?> getObjectType() {
		return PersistentEntities.class;
	}

}
