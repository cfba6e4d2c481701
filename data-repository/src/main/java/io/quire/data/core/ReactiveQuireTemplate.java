package io.quire.data.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.core.query.QuireQuery;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.data.mapping.callback.ReactiveEntityCallbacks;
import org.springframework.util.Assert;

/**
 * The standard {@link ReactiveQuireOperations}, on the driver's asynchronous API. It
 * shares everything but the execution with a {@link QuireTemplate}: mapping and
 * conversion, the ReQL of each operation, {@code @Version} checks, entity callbacks
 * (auditing; reactive callbacks, such as reactive auditing, run first), table creation on
 * first use and the cached index status. Reads emit on the driver's I/O threads; use
 * {@code publishOn} before blocking work. Thread-safe.
 */
public class ReactiveQuireTemplate implements ReactiveQuireOperations, ApplicationContextAware {

	private final QuireTemplate template;

	private final ReactiveTableAccess access;

	private final ReactiveWrites writes;

	private final ReactiveQuireChanges changes;

	/** A template with a default mapping context and converter. */
	public ReactiveQuireTemplate(ConnectionFactory connectionFactory) {
		this(new QuireTemplate(connectionFactory));
	}

	public ReactiveQuireTemplate(ConnectionFactory connectionFactory, QuireConverter converter) {
		this(new QuireTemplate(connectionFactory, converter));
	}

	/**
	 * A reactive template on the connections, converter, schema cache and entity
	 * callbacks of a blocking one.
	 */
	public ReactiveQuireTemplate(QuireTemplate template) {
		Assert.notNull(template, "template must not be null");
		this.template = template;
		this.access = new ReactiveTableAccess(template);
		this.writes = new ReactiveWrites(template, this.access);
		this.changes = new ReactiveQuireChanges(template);
	}

	/**
	 * The reactive callbacks run before conversion (reactive auditing, for one); the
	 * application context's by default.
	 */
	public void setEntityCallbacks(ReactiveEntityCallbacks entityCallbacks) {
		this.writes.setEntityCallbacks(entityCallbacks);
	}

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
		this.template.setApplicationContext(applicationContext);
		this.writes.setDefaultEntityCallbacks(applicationContext);
	}

	@Override
	public QuireConverter getConverter() {
		return this.template.getConverter();
	}

	public ConnectionFactory getConnectionFactory() {
		return this.template.getConnectionFactory();
	}

	// ---- writes ----

	@Override
	public <T> Mono<T> insert(T entity) {
		Assert.notNull(entity, "entity must not be null");
		return this.writes.insertAll(List.of(entity)).next();
	}

	@Override
	public <T> Flux<T> insertAll(Collection<? extends T> entities) {
		return this.writes.insertAll(entities);
	}

	@Override
	public <T> Mono<T> save(T entity) {
		return this.writes.save(entity);
	}

	@Override
	public Mono<Long> update(QuireQuery query, Map<String, ?> changes, Class<?> type) {
		return this.writes.update(query, changes, type);
	}

	@Override
	public Mono<Void> delete(Object entity) {
		return this.writes.delete(entity);
	}

	@Override
	public Mono<Boolean> deleteById(Object id, Class<?> type) {
		Assert.notNull(id, "id must not be null");
		return Mono.defer(() -> this.access
			.atom(this.template.entityOf(type),
					(connection, table) -> table.get(getConverter().toQuireValue(id)).delete(), Object.class)
			.map((result) -> WriteResult.of(result).deleted() > 0));
	}

	@Override
	public Mono<Long> delete(QuireQuery query, Class<?> type) {
		return this.writes.delete(query, type);
	}

	@Override
	public <T> Flux<T> findAllAndDelete(QuireQuery query, Class<T> type) {
		return this.writes.findAllAndDelete(query, type);
	}

	@Override
	public Mono<Long> deleteAll(Class<?> type) {
		return delete(QuireQuery.all(), type);
	}

	// ---- reads ----

	@Override
	public <T> Mono<T> findById(Object id, Class<T> type) {
		Assert.notNull(id, "id must not be null");
		return Mono.defer(() -> {
			QuirePersistentEntity<?> metadata = this.template.entityOf(type);
			Object key = getConverter().toQuireValue(id);
			return this.access.atom(metadata, (connection, table) -> table.get(key), Object.class)
				.map((document) -> this.template.read(type, document, metadata));
		});
	}

	@Override
	public <T> Flux<T> findAllById(Collection<?> ids, Class<T> type) {
		Assert.notNull(ids, "ids must not be null");
		return Flux.defer(() -> {
			if (ids.isEmpty()) {
				return Flux.empty();
			}
			QuirePersistentEntity<?> metadata = this.template.entityOf(type);
			Object[] keys = ids.stream().map(getConverter()::toQuireValue).toArray();
			return this.access.rows(metadata, (connection, table) -> table.getAll(keys))
				.map((document) -> this.template.read(type, document, metadata));
		});
	}

	@Override
	public <T> Flux<T> findAll(Class<T> type) {
		return find(QuireQuery.all(), type);
	}

	@Override
	public <T> Flux<T> find(QuireQuery query, Class<T> type) {
		Assert.notNull(query, "query must not be null");
		return Flux.defer(() -> {
			QuirePersistentEntity<?> metadata = this.template.entityOf(type);
			return this.access
				.rows(metadata,
						(connection, table) -> this.template.renderer()
							.find(table, metadata, query, this.template.usableIndexes(connection, metadata)))
				.map((document) -> this.template.read(type, document, metadata));
		});
	}

	@Override
	public <T> Mono<T> findOne(QuireQuery query, Class<T> type) {
		return find(query.limit(1), type).next();
	}

	@Override
	public Mono<Long> count(Class<?> type) {
		return count(QuireQuery.all(), type);
	}

	@Override
	public Mono<Long> count(QuireQuery query, Class<?> type) {
		return Mono.defer(() -> {
			QuirePersistentEntity<?> metadata = this.template.entityOf(type);
			return this.access.atom(metadata,
					(connection, table) -> this.template.countOf(connection, table, metadata, query), Long.class);
		});
	}

	@Override
	public Mono<Boolean> exists(QuireQuery query, Class<?> type) {
		return Mono.defer(() -> {
			QuirePersistentEntity<?> metadata = this.template.entityOf(type);
			return this.access.atom(metadata,
					(connection, table) -> this.template.existsOf(connection, table, metadata, query), Boolean.class);
		});
	}

	@Override
	public Mono<Boolean> existsById(Object id, Class<?> type) {
		Assert.notNull(id, "id must not be null");
		return Mono.defer(() -> this.access.atom(this.template.entityOf(type),
				(connection, table) -> table.get(getConverter().toQuireValue(id)).ne((Object) null), Boolean.class));
	}

	// ---- schema, raw access and changefeeds ----

	@Override
	public Mono<Void> createTable(Class<?> type) {
		return Mono.fromRunnable(() -> this.template.createTable(type)).subscribeOn(Schedulers.boundedElastic()).then();
	}

	@Override
	public Mono<Void> dropTable(Class<?> type) {
		return Mono.fromRunnable(() -> this.template.dropTable(type)).subscribeOn(Schedulers.boundedElastic()).then();
	}

	@Override
	public <R> Flux<R> execute(Function<Connection, Publisher<R>> action) {
		Assert.notNull(action, "action must not be null");
		return this.access.withConnection(action);
	}

	@Override
	public <T> Flux<ChangeEvent<T>> changes(Class<T> type) {
		return this.changes.changes(type);
	}

	@Override
	public <T> Flux<ChangeEvent<T>> changes(QuireQuery query, Class<T> type, boolean includeInitial) {
		return this.changes.changes(query, type, includeInitial);
	}

}
