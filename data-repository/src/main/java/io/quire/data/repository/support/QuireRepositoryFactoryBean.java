package io.quire.data.repository.support;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.QuireTemplate;

import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.util.Assert;

/**
 * The factory bean behind each Quire repository bean, set up by
 * {@code @EnableQuireRepositories}. With automatic index creation on, the domain type's
 * table and indexes are created when the repository is.
 *
 * @param <T> the repository type
 * @param <S> the entity type
 * @param <ID> the id type
 */
public class QuireRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
		extends RepositoryFactoryBeanSupport<T, S, ID> {

	private @Nullable QuireOperations operations;

	public QuireRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
		super(repositoryInterface);
	}

	/** The operations the repository runs on; usually the {@link QuireTemplate} bean. */
	public void setQuireOperations(QuireOperations operations) {
		Assert.notNull(operations, "operations must not be null");
		this.operations = operations;
		setMappingContext(operations.getConverter().getMappingContext());
	}

	@Override
	public void setMappingContext(MappingContext<?, ?> mappingContext) {
		super.setMappingContext(mappingContext);
	}

	@Override
	protected RepositoryFactorySupport createRepositoryFactory() {
		Assert.state(this.operations != null, "QuireOperations must be set");
		return new QuireRepositoryFactory(this.operations);
	}

	@Override
	public void afterPropertiesSet() {
		Assert.state(this.operations != null, "QuireOperations must be set");
		super.afterPropertiesSet();
		if (this.operations.getConverter().getMappingContext().isAutoIndexCreation()) {
			this.operations.createTable(getEntityInformation().getJavaType());
		}
	}

}
