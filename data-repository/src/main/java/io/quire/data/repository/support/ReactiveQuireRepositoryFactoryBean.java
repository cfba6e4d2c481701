package io.quire.data.repository.support;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.ReactiveQuireOperations;
import io.quire.data.core.ReactiveQuireTemplate;

import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.util.Assert;

/**
 * The factory bean behind each reactive Quire repository bean, set up by
 * {@code @EnableReactiveQuireRepositories}. With automatic index creation on, the domain
 * type's table and indexes are created when the repository is.
 *
 * @param <T> the repository type
 * @param <S> the entity type
 * @param <ID> the id type
 */
public class ReactiveQuireRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
		extends RepositoryFactoryBeanSupport<T, S, ID> {

	private @Nullable ReactiveQuireOperations operations;

	public ReactiveQuireRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
		super(repositoryInterface);
	}

	/**
	 * The operations the repository runs on; usually the {@link ReactiveQuireTemplate}
	 * bean.
	 */
	public void setReactiveQuireOperations(ReactiveQuireOperations operations) {
		Assert.notNull(operations, "operations must not be null");
		this.operations = operations;
		setMappingContext(operations.getConverter().getMappingContext());
	}

	@Override
	protected RepositoryFactorySupport createRepositoryFactory() {
		Assert.state(this.operations != null, "ReactiveQuireOperations must be set");
		return new ReactiveQuireRepositoryFactory(this.operations);
	}

	@Override
	public void afterPropertiesSet() {
		Assert.state(this.operations != null, "ReactiveQuireOperations must be set");
		super.afterPropertiesSet();
		if (this.operations.getConverter().getMappingContext().isAutoIndexCreation()) {
			this.operations.createTable(getEntityInformation().getJavaType()).block();
		}
	}

}
