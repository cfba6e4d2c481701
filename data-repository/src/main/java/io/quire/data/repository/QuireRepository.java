package io.quire.data.repository;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.ListQueryByExampleExecutor;

/**
 * A repository of entities stored in a Quire table: CRUD, sorting and paging, plus the
 * queries derived from method names or declared with {@link Query}, and Query by Example
 * ({@link org.springframework.data.domain.Example} probes translated to ReQL filters).
 *
 * @param <T> the entity type
 * @param <ID> the id type
 */
@NoRepositoryBean
public interface QuireRepository<T, ID>
		extends ListCrudRepository<T, ID>, ListPagingAndSortingRepository<T, ID>, ListQueryByExampleExecutor<T> {

	/**
	 * Inserts a new entity, failing with a
	 * {@link org.springframework.dao.DuplicateKeyException} if its id is taken (where
	 * {@link #save(Object)} would replace the stored document).
	 */
	<S extends T> S insert(S entity);

	/** Inserts new entities in one write. */
	<S extends T> List<S> insert(Iterable<S> entities);

}
