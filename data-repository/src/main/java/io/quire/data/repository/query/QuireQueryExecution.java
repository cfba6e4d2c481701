package io.quire.data.repository.query;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.query.QuireQuery;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * The ways a repository query runs, one per result shape.
 */
@FunctionalInterface
interface QuireQueryExecution {

	@Nullable Object execute(QuireQuery query, Class<?> type, QuireOperations operations);

	/** All matching entities as a list. */
	static QuireQueryExecution collection() {
		return (query, type, operations) -> operations.find(query, type);
	}

	/** A stream over a server cursor. */
	static QuireQueryExecution stream() {
		return (query, type, operations) -> operations.stream(query, type);
	}

	/** One entity or null; more than one is an error unless the query limits itself. */
	static QuireQueryExecution single(boolean limiting) {
		return (query, type, operations) -> {
			List<?> found = operations.find(limiting ? query.limit(1) : query.limit(2), type);
			if (found.size() > 1) {
				throw new IncorrectResultSizeDataAccessException(1, found.size());
			}
			return found.isEmpty() ? null : found.get(0);
		};
	}

	/**
	 * A slice: one row more than the page is read to learn whether another slice follows.
	 */
	static QuireQueryExecution slice(Pageable pageable) {
		if (pageable.isUnpaged()) {
			return (query, type, operations) -> new SliceImpl<>(operations.find(query, type), pageable, false);
		}
		return (query, type, operations) -> {
			QuireQuery window = query.skip(pageable.getOffset()).limit(pageable.getPageSize() + 1);
			List<Object> found = List.copyOf(operations.find(window, type));
			boolean hasNext = found.size() > pageable.getPageSize();
			return new SliceImpl<>(hasNext ? found.subList(0, pageable.getPageSize()) : found, pageable, hasNext);
		};
	}

	/** A page; the total is counted only when the page itself does not tell it. */
	static QuireQueryExecution page(Pageable pageable) {
		if (pageable.isUnpaged()) {
			return (query, type, operations) -> new PageImpl<>(operations.find(query, type));
		}
		return (query, type, operations) -> {
			QuireQuery window = query.skip(pageable.getOffset()).limit(pageable.getPageSize());
			List<?> content = operations.find(window, type);
			QuireQuery all = query.skip(0).unlimited();
			return PageableExecutionUtils.getPage(content, pageable, () -> operations.count(all, type));
		};
	}

	static QuireQueryExecution count() {
		return (query, type, operations) -> operations.count(query, type);
	}

	static QuireQueryExecution exists() {
		return (query, type, operations) -> operations.exists(query, type);
	}

	/** Deletes the matches; returns them as entities or their number. */
	static QuireQueryExecution delete(boolean returnEntities) {
		return (query, type, operations) -> returnEntities ? operations.findAllAndDelete(query, type)
				: operations.delete(query, type);
	}

}
