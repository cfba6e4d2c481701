package io.quire.data.repository.support;

import java.lang.reflect.Method;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.repository.query.PartTreeQuireQuery;
import io.quire.data.repository.query.QuireQueryMethod;
import io.quire.data.repository.query.StringBasedQuireQuery;

import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.PersistentEntityInformation;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ValueExpressionDelegate;
import org.springframework.util.Assert;

/**
 * Creates Quire repositories: {@link SimpleQuireRepository} for the CRUD methods,
 * {@link StringBasedQuireQuery} for methods with {@code @Query} and
 * {@link PartTreeQuireQuery} for the others.
 */
public class QuireRepositoryFactory extends RepositoryFactorySupport {

	private final QuireOperations operations;

	public QuireRepositoryFactory(QuireOperations operations) {
		Assert.notNull(operations, "operations must not be null");
		this.operations = operations;
	}

	@Override
	public EntityInformation<?, ?> getEntityInformation(RepositoryMetadata metadata) {
		return entityInformation(metadata.getDomainType());
	}

	@Override
	@SuppressWarnings("deprecation")
	public <T, ID> EntityInformation<T, ID> getEntityInformation(Class<T> domainClass) {
		return entityInformation(domainClass);
	}

	@Override
	protected Object getTargetRepository(RepositoryInformation information) {
		EntityInformation<?, ?> entityInformation = entityInformation(information.getDomainType());
		return getTargetRepositoryViaReflection(information, entityInformation, this.operations);
	}

	@Override
	protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
		return SimpleQuireRepository.class;
	}

	@Override
	protected Optional<QueryLookupStrategy> getQueryLookupStrategy(@Nullable Key key,
			ValueExpressionDelegate valueExpressionDelegate) {
		return Optional.of(new QuireQueryLookupStrategy(this.operations, valueExpressionDelegate));
	}

	@SuppressWarnings("unchecked")
	private <T, ID> EntityInformation<T, ID> entityInformation(Class<?> domainType) {
		QuirePersistentEntity<?> entity = this.operations.getConverter()
			.getMappingContext()
			.getRequiredPersistentEntity(domainType);
		return new PersistentEntityInformation<>((QuirePersistentEntity<T>) entity);
	}

	/**
	 * Looks up {@code @Query}, then a named query, then derives the query from the method
	 * name.
	 */
	private record QuireQueryLookupStrategy(QuireOperations operations,
			ValueExpressionDelegate expressions) implements QueryLookupStrategy {

		@Override
		public RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
				NamedQueries namedQueries) {
			QuireQueryMethod queryMethod = new QuireQueryMethod(method, metadata, factory);
			if (queryMethod.hasAnnotatedQuery()) {
				return new StringBasedQuireQuery(queryMethod, this.operations, this.expressions);
			}
			String namedQuery = queryMethod.getNamedQueryName();
			if (namedQueries.hasQuery(namedQuery)) {
				return new StringBasedQuireQuery(namedQueries.getQuery(namedQuery), queryMethod, this.operations,
						this.expressions);
			}
			return new PartTreeQuireQuery(queryMethod, this.operations);
		}

	}

}
