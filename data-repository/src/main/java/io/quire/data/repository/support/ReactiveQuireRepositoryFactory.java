package io.quire.data.repository.support;

import java.lang.reflect.Method;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.ReactiveQuireOperations;
import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.repository.query.AbstractQuireQuery;
import io.quire.data.repository.query.PartTreeQuireQuery;
import io.quire.data.repository.query.ReactiveQuireQuery;
import io.quire.data.repository.query.ReactiveQuireQueryMethod;
import io.quire.data.repository.query.StringBasedQuireQuery;

import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.PersistentEntityInformation;
import org.springframework.data.repository.core.support.ReactiveRepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ValueExpressionDelegate;
import org.springframework.util.Assert;

/**
 * Creates reactive Quire repositories: {@link SimpleReactiveQuireRepository} for the CRUD
 * methods, and a {@link ReactiveQuireQuery} for each query method, defined as a blocking
 * method's query is ({@code @Query}, then a named query, then the method name).
 */
public class ReactiveQuireRepositoryFactory extends ReactiveRepositoryFactorySupport {

	private final ReactiveQuireOperations operations;

	public ReactiveQuireRepositoryFactory(ReactiveQuireOperations operations) {
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
		return SimpleReactiveQuireRepository.class;
	}

	@Override
	protected Optional<QueryLookupStrategy> getQueryLookupStrategy(@Nullable Key key,
			ValueExpressionDelegate valueExpressionDelegate) {
		return Optional.of(new ReactiveQueryLookupStrategy(this.operations, valueExpressionDelegate));
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
	 * name, as the blocking factory does.
	 */
	private record ReactiveQueryLookupStrategy(ReactiveQuireOperations operations,
			ValueExpressionDelegate expressions) implements QueryLookupStrategy {

		@Override
		public RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
				NamedQueries namedQueries) {
			ReactiveQuireQueryMethod queryMethod = new ReactiveQuireQueryMethod(method, metadata, factory);
			return new ReactiveQuireQuery(definition(queryMethod, namedQueries), this.operations);
		}

		private AbstractQuireQuery definition(ReactiveQuireQueryMethod method, NamedQueries namedQueries) {
			QuireConverter converter = this.operations.getConverter();
			if (method.hasAnnotatedQuery()) {
				return new StringBasedQuireQuery(method.getQueryAnnotation().value(), method, converter,
						this.expressions);
			}
			String namedQuery = method.getNamedQueryName();
			if (namedQueries.hasQuery(namedQuery)) {
				return new StringBasedQuireQuery(namedQueries.getQuery(namedQuery), method, converter,
						this.expressions);
			}
			return new PartTreeQuireQuery(method, converter);
		}

	}

}
