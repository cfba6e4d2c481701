package io.quire.data.repository.query;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.quire.data.core.ReactiveQuireOperations;
import io.quire.data.core.query.QuireQuery;

import org.springframework.dao.IncorrectResultSizeDataAccessException;

/**
 * The ways a reactive repository query runs, one per result shape: the reactive
 * counterparts of the blocking executions.
 */
@FunctionalInterface
interface ReactiveQuireQueryExecution {

	Publisher<?> execute(QuireQuery query, Class<?> type, ReactiveQuireOperations operations);

	/** The execution of a query method, chosen as the blocking side chooses. */
	static ReactiveQuireQueryExecution of(AbstractQuireQuery definition, ReactiveQuireQueryMethod method) {
		if (definition.isDeleteQuery()) {
			return delete(method.isCollectionQuery(), method.isQueryForEntity());
		}
		if (definition.isCountQuery()) {
			return (query, type, operations) -> operations.count(query, type);
		}
		if (definition.isExistsQuery()) {
			return (query, type, operations) -> operations.exists(query, type);
		}
		return method.isCollectionQuery() ? (query, type, operations) -> operations.find(query, type)
				: single(definition.isLimiting());
	}

	/** One entity or empty; more than one is an error unless the query limits itself. */
	static ReactiveQuireQueryExecution single(boolean limiting) {
		return (query, type, operations) -> operations.find(limiting ? query.limit(1) : query.limit(2), type)
			.collectList()
			.flatMap((found) -> (found.size() > 1)
					? Mono.error(new IncorrectResultSizeDataAccessException(1, found.size()))
					: Mono.justOrEmpty(found.isEmpty() ? null : found.get(0)));
	}

	/** Deletes the matches; emits them (all, or the first) or their number. */
	static ReactiveQuireQueryExecution delete(boolean many, boolean entity) {
		if (many) {
			return (query, type, operations) -> operations.findAllAndDelete(query, type);
		}
		if (entity) {
			return (query, type, operations) -> Flux.from(operations.findAllAndDelete(query, type)).next();
		}
		return (query, type, operations) -> operations.delete(query, type);
	}

}
