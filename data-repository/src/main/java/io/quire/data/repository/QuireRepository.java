package io.quire.data.repository;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * A repository of entities stored in a Quire table: CRUD, sorting and paging, plus the
 * queries derived from method names or declared with {@link Query}.
 *
 * @param <T> the entity type
 * @param <ID> the id type
 */
@NoRepositoryBean
public interface QuireRepository<T, ID> extends ListCrudRepository<T, ID>, ListPagingAndSortingRepository<T, ID> {

	/**
	 * Inserts a new entity, failing with a
	 * {@link org.springframework.dao.DuplicateKeyException} if its id is taken (where
	 * {@link #save(Object)} would replace the stored document).
	 */
	<S extends T> S insert(S entity);

	/** Inserts new entities in one write. */
	<S extends T> List<S> insert(Iterable<S> entities);

}
