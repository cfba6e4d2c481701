package io.quire.data.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.core.mapping.event.ReactiveBeforeConvertCallback;
import io.quire.data.core.query.QuireQuery;

import org.springframework.context.ApplicationContext;
import org.springframework.data.mapping.callback.ReactiveEntityCallbacks;
import org.springframework.util.Assert;

/**
 * The writes of {@link ReactiveQuireTemplate}: entities prepared, and results checked, by
 * the blocking template's code (after the reactive before-convert callbacks), the ReQL it
 * builds run asynchronously.
 */
final class ReactiveWrites {

	private final QuireTemplate template;

	private final EntityWrites writes;

	private final ReactiveTableAccess access;

	private @Nullable ReactiveEntityCallbacks callbacks;

	ReactiveWrites(QuireTemplate template, ReactiveTableAccess access) {
		this.template = template;
		this.writes = template.writes();
		this.access = access;
	}

	void setEntityCallbacks(ReactiveEntityCallbacks callbacks) {
		Assert.notNull(callbacks, "entityCallbacks must not be null");
		this.callbacks = callbacks;
	}

	void setDefaultEntityCallbacks(ApplicationContext applicationContext) {
		if (this.callbacks == null) {
			this.callbacks = ReactiveEntityCallbacks.create(applicationContext);
		}
	}

	/** The entity after the reactive before-convert callbacks, if any. */
	@SuppressWarnings("unchecked")
	private <T> Mono<T> beforeConvert(T entity) {
		ReactiveEntityCallbacks current = this.callbacks;
		if (current == null) {
			return Mono.just(entity);
		}
		String table = this.template.entityOf(entity.getClass()).getTable();
		return current.callback(ReactiveBeforeConvertCallback.class, entity, table).map((result) -> (T) result);
	}

	<T> Flux<T> insertAll(Collection<? extends T> entities) {
		Assert.notNull(entities, "entities must not be null");
		return Flux.defer(() -> {
			if (entities.isEmpty()) {
				return Flux.empty();
			}
			return Flux.fromIterable(entities)
				.concatMap(this::beforeConvert)
				.map(this.template::prepareInsert)
				.collectList()
				.flatMapMany(this::insert);
		});
	}

	private <T> Flux<T> insert(List<PreparedWrite<T>> prepared) {
		Object documents = (prepared.size() == 1) ? prepared.get(0).document()
				: prepared.stream().map(PreparedWrite::document).toList();
		return this.access
			.atom(prepared.get(0).metadata(), (connection, table) -> table.insert(documents), Object.class)
			.map((result) -> this.writes.check(WriteResult.of(result)))
			.flatMapIterable((result) -> this.template.inserted(prepared, result));
	}

	<T> Mono<T> save(T entity) {
		Assert.notNull(entity, "entity must not be null");
		return Mono.defer(() -> {
			if (this.template.entityOf(entity.getClass()).isNew(entity)) {
				return insertAll(List.of(entity)).next();
			}
			return beforeConvert(entity).flatMap(this::replace);
		});
	}

	private <T> Mono<T> replace(T entity) {
		PreparedWrite<T> write = this.template.prepareUpdate(entity);
		return this.access
			.atom(write.metadata(),
					(connection, table) -> this.writes.replacement(table, write.document(), write.expectedVersion(),
							write.metadata()),
					Object.class)
			.map((result) -> this.writes.checkWrite(result, write.expectedVersion()))
			.map((result) -> this.template.saved(write));
	}

	Mono<Long> update(QuireQuery query, Map<String, ?> changes, Class<?> type) {
		Assert.notNull(changes, "changes must not be null");
		return Mono.defer(() -> {
			QuirePersistentEntity<?> metadata = this.template.entityOf(type);
			Map<String, Object> patch = this.writes.patch(changes,
					(path) -> this.template.renderer().fieldNames(path, metadata));
			return this.access
				.atom(metadata,
						(connection, table) -> this.template.select(connection, table, metadata, query).update(patch),
						Object.class)
				.map((result) -> this.writes.check(WriteResult.of(result)).replaced());
		});
	}

	Mono<Void> delete(Object entity) {
		Assert.notNull(entity, "entity must not be null");
		return Mono.defer(() -> {
			QuirePersistentEntity<?> metadata = this.template.entityOf(entity.getClass());
			Object id = this.writes.idOf(entity);
			Assert.notNull(id, "the entity to delete must have an id");
			Long expected = metadata.hasVersionProperty() ? this.writes.currentVersion(entity) : null;
			return this.access
				.atom(metadata, (connection, table) -> this.writes.deletion(table, id, expected, metadata),
						Object.class)
				.map((result) -> this.writes.checkWrite(result, expected))
				.then();
		});
	}

	Mono<Long> delete(QuireQuery query, Class<?> type) {
		return Mono.defer(() -> {
			QuirePersistentEntity<?> metadata = this.template.entityOf(type);
			return this.access
				.atom(metadata,
						(connection, table) -> this.template.select(connection, table, metadata, query).delete(),
						Object.class)
				.map((result) -> WriteResult.of(result).deleted());
		});
	}

	<T> Flux<T> findAllAndDelete(QuireQuery query, Class<T> type) {
		return Flux.defer(() -> {
			QuirePersistentEntity<?> metadata = this.template.entityOf(type);
			return this.access
				.atom(metadata,
						(connection, table) -> this.template.deletionReturning(connection, table, metadata, query),
						Object.class)
				.flatMapIterable((result) -> this.template.deleted(WriteResult.of(result), type, metadata));
		});
	}

}
