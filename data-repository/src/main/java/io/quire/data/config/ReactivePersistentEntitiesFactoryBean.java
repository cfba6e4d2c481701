package io.quire.data.config;

import io.quire.data.core.ReactiveQuireOperations;
import io.quire.data.core.mapping.QuireMappingContext;

import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mapping.context.PersistentEntities;

/**
 * The persistent entities of the reactive template's mapping context, for the reactive
 * auditing handler; a fresh mapping context when there is no single
 * {@link ReactiveQuireOperations} bean.
 */
class ReactivePersistentEntitiesFactoryBean implements FactoryBean<PersistentEntities> {

	private final ObjectProvider<ReactiveQuireOperations> operations;

	ReactivePersistentEntitiesFactoryBean(ObjectProvider<ReactiveQuireOperations> operations) {
		this.operations = operations;
	}

	@Override
	public PersistentEntities getObject() {
		ReactiveQuireOperations template = this.operations.getIfUnique();
		QuireMappingContext context = (template != null) ? template.getConverter().getMappingContext()
				: new QuireMappingContext();
		return PersistentEntities.of(context);
	}

	@Override
	public Class<?> getObjectType() {
		return PersistentEntities.class;
	}

}
