package io.quire.data.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.convert.MappingQuireConverter;
import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.mapping.Document;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.core.mapping.event.AfterConvertCallback;
import io.quire.data.core.mapping.event.AfterSaveCallback;
import io.quire.data.core.mapping.event.BeforeConvertCallback;
import io.quire.data.core.mapping.event.BeforeSaveCallback;
import io.quire.data.core.query.QueryRenderer;
import io.quire.data.core.query.QuireQuery;
import io.quire.driver.Change;
import io.quire.driver.ChangeCursor;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.Cursor;
import io.quire.driver.QuireException;
import io.quire.driver.QuireRuntimeException;
import io.quire.driver.query.Changes;
import io.quire.driver.query.ReqlExpr;
import io.quire.driver.query.ReqlFunction1;
import io.quire.driver.query.Table;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.data.mapping.callback.EntityCallback;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.util.Assert;

import static io.quire.driver.Quire.r;

/**
 * The standard {@link QuireOperations}: converts entities with a {@link QuireConverter},
 * renders queries to ReQL, runs them on connections of a {@link ConnectionFactory} (a
 * pool, usually) and translates driver exceptions with {@link QuireExceptionTranslator}.
 * Tables are created on first use unless {@link #setAutoTableCreation(boolean) turned
 * off}. When the mapping context creates indexes automatically, the tables and indexes of
 * the {@code @Document} classes it knows are created once the application context has
 * started. Thread-safe.
 */
public class QuireTemplate implements QuireOperations, ApplicationContextAware, SmartInitializingSingleton {

	private final ConnectionFactory connectionFactory;

	private final QuireConverter converter;

	private final QuireMappingContext mappingContext;

	private final QueryRenderer renderer;

	private final IndexStatusCache indexStatus;

	private final SchemaManager schema;

	private final QuireExceptionTranslator exceptionTranslator = new QuireExceptionTranslator();

	private final EntityWrites writes;

	private boolean autoTableCreation = true;

	private @Nullable EntityCallbacks entityCallbacks;

	/** A template with a default mapping context and converter. */
	public QuireTemplate(ConnectionFactory connectionFactory) {
		this(connectionFactory, new MappingQuireConverter(new QuireMappingContext()));
	}

	public QuireTemplate(ConnectionFactory connectionFactory, QuireConverter converter) {
		this(connectionFactory, converter, Clock.systemUTC());
	}

	/** A template whose cached index status ages by the given clock. */
	QuireTemplate(ConnectionFactory connectionFactory, QuireConverter converter, Clock clock) {
		Assert.notNull(connectionFactory, "connectionFactory must not be null");
		Assert.notNull(converter, "converter must not be null");
		this.connectionFactory = connectionFactory;
		this.converter = converter;
		this.mappingContext = converter.getMappingContext();
		this.renderer = new QueryRenderer(converter);
		this.indexStatus = new IndexStatusCache(this.mappingContext, clock);
		this.schema = new SchemaManager(this.mappingContext, this.indexStatus);
		this.writes = new EntityWrites(converter, this.exceptionTranslator);
	}

	/** Whether missing databases and tables are created on first use; on by default. */
	public void setAutoTableCreation(boolean autoTableCreation) {
		this.autoTableCreation = autoTableCreation;
	}

	public boolean isAutoTableCreation() {
		return this.autoTableCreation;
	}

	/** The callbacks run around conversion and saving (auditing, for one). */
	public void setEntityCallbacks(EntityCallbacks entityCallbacks) {
		Assert.notNull(entityCallbacks, "entityCallbacks must not be null");
		this.entityCallbacks = entityCallbacks;
	}

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
		if (this.entityCallbacks == null) {
			this.entityCallbacks = EntityCallbacks.create(applicationContext);
		}
	}

	/**
	 * Creates the tables and {@code @Indexed} indexes of the known {@code @Document}
	 * classes, if the mapping context creates indexes automatically.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (!this.mappingContext.isAutoIndexCreation()) {
			return;
		}
		for (QuirePersistentEntity<?> entity : this.mappingContext.getPersistentEntities()) {
			if (entity.isAnnotationPresent(Document.class)) {
				createTable(entity.getType());
			}
		}
	}

	public ConnectionFactory getConnectionFactory() {
		return this.connectionFactory;
	}

	@Override
	public QuireConverter getConverter() {
		return this.converter;
	}

	public QuireExceptionTranslator getExceptionTranslator() {
		return this.exceptionTranslator;
	}

	/** The write side shared with {@link ReactiveQuireTemplate}. */
	EntityWrites writes() {
		return this.writes;
	}

	/** The query renderer shared with {@link ReactiveQuireTemplate}. */
	QueryRenderer renderer() {
		return this.renderer;
	}

	// ---- writes ----

	@Override
	public <T> T insert(T entity) {
		PreparedWrite<T> write = prepareInsert(entity);
		WriteResult result = onTable(write.metadata(),
				(connection, table) -> this.writes.insert(connection, table, write.document()));
		return inserted(List.of(write), result).get(0);
	}

	@Override
	public <T> List<T> insertAll(Collection<? extends T> entities) {
		Assert.notNull(entities, "entities must not be null");
		if (entities.isEmpty()) {
			return List.of();
		}
		List<PreparedWrite<T>> prepared = new ArrayList<>(entities.size());
		entities.forEach((entity) -> prepared.add(prepareInsert(entity)));
		List<Map<String, Object>> documents = prepared.stream().map(PreparedWrite::document).toList();
		WriteResult result = onTable(prepared.get(0).metadata(),
				(connection, table) -> this.writes.insert(connection, table, documents));
		return inserted(prepared, result);
	}

	@Override
	public <T> T save(T entity) {
		Assert.notNull(entity, "entity must not be null");
		if (entityOf(entity.getClass()).isNew(entity)) {
			return insert(entity);
		}
		PreparedWrite<T> write = prepareUpdate(entity);
		onTable(write.metadata(), (connection, table) -> {
			this.writes.replace(connection, table, write.document(), write.expectedVersion(), write.metadata());
			return null;
		});
		return saved(write);
	}

	/** A new entity, through its callbacks, with its initial version, converted. */
	<T> PreparedWrite<T> prepareInsert(T entity) {
		Assert.notNull(entity, "entity must not be null");
		QuirePersistentEntity<?> metadata = entityOf(entity.getClass());
		T prepared = this.writes.initializeVersion(beforeConvert(entity, metadata));
		Map<String, Object> document = this.converter.toDocument(prepared);
		return new PreparedWrite<>(beforeSave(prepared, document, metadata), document, metadata, null);
	}

	/** A stored entity, through its callbacks, with its next version, converted. */
	<T> PreparedWrite<T> prepareUpdate(T entity) {
		QuirePersistentEntity<?> metadata = entityOf(entity.getClass());
		T prepared = beforeConvert(entity, metadata);
		Long expectedVersion = metadata.hasVersionProperty() ? this.writes.currentVersion(prepared) : null;
		T versioned = this.writes.incrementVersion(prepared);
		Map<String, Object> document = this.converter.toDocument(versioned);
		return new PreparedWrite<>(beforeSave(versioned, document, metadata), document, metadata, expectedVersion);
	}

	/** The inserted entities with the server's generated keys, after their callbacks. */
	<T> List<T> inserted(List<PreparedWrite<T>> writes, WriteResult result) {
		List<T> withKeys = this.writes.applyGeneratedKeys(writes.stream().map(PreparedWrite::entity).toList(), result);
		List<T> saved = new ArrayList<>(writes.size());
		for (int i = 0; i < writes.size(); i++) {
			saved.add(saved(writes.get(i).with(withKeys.get(i))));
		}
		return saved;
	}

	/** The written entity, after its after-save callbacks. */
	<T> T saved(PreparedWrite<T> write) {
		return afterSave(write.entity(), write.document(), write.metadata());
	}

	@Override
	public long update(QuireQuery query, Map<String, ?> changes, Class<?> type) {
		Assert.notNull(changes, "changes must not be null");
		QuirePersistentEntity<?> metadata = entityOf(type);
		Map<String, Object> patch = this.writes.patch(changes, (path) -> this.renderer.fieldNames(path, metadata));
		WriteResult result = onTable(metadata, (connection, table) -> WriteResult
			.of(select(connection, table, metadata, query).update(patch).runAtom(connection)));
		this.writes.check(result);
		return result.replaced();
	}

	@Override
	public void delete(Object entity) {
		Assert.notNull(entity, "entity must not be null");
		QuirePersistentEntity<?> metadata = entityOf(entity.getClass());
		Object id = this.writes.idOf(entity);
		Assert.notNull(id, "the entity to delete must have an id");
		Long expectedVersion = metadata.hasVersionProperty() ? this.writes.currentVersion(entity) : null;
		onTable(metadata, (connection, table) -> {
			this.writes.delete(connection, table, id, expectedVersion, metadata);
			return null;
		});
	}

	@Override
	public boolean deleteById(Object id, Class<?> type) {
		Assert.notNull(id, "id must not be null");
		QuirePersistentEntity<?> metadata = entityOf(type);
		Object key = this.converter.toQuireValue(id);
		return onTable(metadata, (connection, table) -> WriteResult.of(table.get(key).delete().runAtom(connection)))
			.deleted() > 0;
	}

	@Override
	public long delete(QuireQuery query, Class<?> type) {
		QuirePersistentEntity<?> metadata = entityOf(type);
		return onTable(metadata, (connection, table) -> WriteResult
			.of(select(connection, table, metadata, query).delete().runAtom(connection))).deleted();
	}

	@Override
	public <T> List<T> findAllAndDelete(QuireQuery query, Class<T> type) {
		QuirePersistentEntity<?> metadata = entityOf(type);
		WriteResult result = onTable(metadata, (connection, table) -> WriteResult
			.of(deletionReturning(connection, table, metadata, query).runAtom(connection)));
		return deleted(result, type, metadata);
	}

	/** The ReQL deleting what the query selects, returning the deleted documents. */
	ReqlExpr deletionReturning(Connection connection, Table table, QuirePersistentEntity<?> metadata,
			QuireQuery query) {
		return select(connection, table, metadata, query).delete().optArg("return_changes", true);
	}

	/** The entities a deletion with {@code return_changes} deleted. */
	<T> List<T> deleted(WriteResult result, Class<T> type, QuirePersistentEntity<?> metadata) {
		List<T> deleted = new ArrayList<>(result.changes().size());
		for (Map<String, Object> change : result.changes()) {
			deleted.add(read(type, change.get("old_val"), metadata));
		}
		return deleted;
	}

	@Override
	public long deleteAll(Class<?> type) {
		return delete(QuireQuery.all(), type);
	}

	// ---- reads ----

	@Override
	public <T> @Nullable T findById(Object id, Class<T> type) {
		Assert.notNull(id, "id must not be null");
		QuirePersistentEntity<?> metadata = entityOf(type);
		Object key = this.converter.toQuireValue(id);
		Object document = onTable(metadata, (connection, table) -> table.get(key).runAtom(connection));
		return (document != null) ? read(type, document, metadata) : null;
	}

	@Override
	public <T> List<T> findAllById(Collection<?> ids, Class<T> type) {
		Assert.notNull(ids, "ids must not be null");
		if (ids.isEmpty()) {
			return List.of();
		}
		QuirePersistentEntity<?> metadata = entityOf(type);
		Object[] keys = ids.stream().map(this.converter::toQuireValue).toArray();
		return readAll(type, metadata, (connection, table) -> table.getAll(keys).run(connection));
	}

	@Override
	public <T> List<T> findAll(Class<T> type) {
		return find(QuireQuery.all(), type);
	}

	@Override
	public <T> List<T> find(QuireQuery query, Class<T> type) {
		Assert.notNull(query, "query must not be null");
		QuirePersistentEntity<?> metadata = entityOf(type);
		return readAll(type, metadata,
				(connection, table) -> this.renderer.find(table, metadata, query, usableIndexes(connection, metadata))
					.run(connection));
	}

	@Override
	public <T> List<T> find(ReqlFunction1 predicate, Class<T> type) {
		Assert.notNull(predicate, "predicate must not be null");
		QuirePersistentEntity<?> metadata = entityOf(type);
		return readAll(type, metadata, (connection, table) -> table.filter(predicate).run(connection));
	}

	@Override
	public <T> @Nullable T findOne(QuireQuery query, Class<T> type) {
		List<T> found = find(query.limit(1), type);
		return found.isEmpty() ? null : found.get(0);
	}

	@Override
	public <T> Stream<T> stream(QuireQuery query, Class<T> type) {
		Assert.notNull(query, "query must not be null");
		QuirePersistentEntity<?> metadata = entityOf(type);
		Connection connection = connect();
		try {
			Cursor<Object> cursor = onTable(connection, metadata,
					(current, table) -> this.renderer.find(table, metadata, query, usableIndexes(current, metadata))
						.run(current));
			return cursor.stream().map((document) -> read(type, document, metadata)).onClose(connection::close);
		}
		catch (RuntimeException ex) {
			connection.close();
			throw translate(ex);
		}
	}

	@Override
	public long count(Class<?> type) {
		return count(QuireQuery.all(), type);
	}

	@Override
	public long count(QuireQuery query, Class<?> type) {
		QuirePersistentEntity<?> metadata = entityOf(type);
		return onTable(metadata,
				(connection, table) -> countOf(connection, table, metadata, query).runAtom(connection, Long.class));
	}

	/** The ReQL counting what the query selects, within its skip and limit. */
	ReqlExpr countOf(Connection connection, Table table, QuirePersistentEntity<?> metadata, QuireQuery query) {
		ReqlExpr selected = select(connection, table, metadata, query);
		selected = (query.getOffset() > 0) ? selected.skip(query.getOffset()) : selected;
		selected = query.isLimited() ? selected.limit(query.getLimit()) : selected;
		return selected.count();
	}

	@Override
	public boolean exists(QuireQuery query, Class<?> type) {
		QuirePersistentEntity<?> metadata = entityOf(type);
		return onTable(metadata,
				(connection, table) -> existsOf(connection, table, metadata, query).runAtom(connection, Boolean.class));
	}

	/** The ReQL telling whether the query selects anything. */
	ReqlExpr existsOf(Connection connection, Table table, QuirePersistentEntity<?> metadata, QuireQuery query) {
		return select(connection, table, metadata, query).limit(1).isEmpty().not();
	}

	@Override
	public boolean existsById(Object id, Class<?> type) {
		Assert.notNull(id, "id must not be null");
		QuirePersistentEntity<?> metadata = entityOf(type);
		Object key = this.converter.toQuireValue(id);
		return onTable(metadata,
				(connection, table) -> table.get(key).ne((Object) null).runAtom(connection, Boolean.class));
	}

	// ---- schema and raw access ----

	@Override
	public void createTable(Class<?> type) {
		QuirePersistentEntity<?> metadata = entityOf(type);
		execute((connection) -> {
			String database = databaseOf(metadata, connection);
			this.schema.forget(database, metadata.getTable());
			this.schema.ensure(connection, metadata, database);
			if (!this.mappingContext.isAutoIndexCreation()) {
				this.schema.createIndexesIfMissing(connection, metadata, database);
			}
			return null;
		});
	}

	@Override
	public void dropTable(Class<?> type) {
		QuirePersistentEntity<?> metadata = entityOf(type);
		execute((connection) -> {
			String database = databaseOf(metadata, connection);
			this.schema.forget(database, metadata.getTable());
			if (connection.databaseNames().contains(database)
					&& r.db(database).tableList().runAtom(connection, List.class).contains(metadata.getTable())) {
				r.db(database).tableDrop(metadata.getTable()).runAtom(connection);
			}
			return null;
		});
	}

	@Override
	public Table table(Class<?> type) {
		QuirePersistentEntity<?> metadata = entityOf(type);
		String database = (metadata.getDatabase() != null) ? metadata.getDatabase()
				: this.connectionFactory.options().database();
		return r.db(database).table(metadata.getTable());
	}

	@Override
	public <R> R execute(ConnectionCallback<R> action) {
		Assert.notNull(action, "action must not be null");
		try (Connection connection = connect()) {
			return action.doInConnection(connection);
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	// ---- changefeeds ----

	@Override
	public <T> Stream<ChangeEvent<T>> changes(Class<T> type, @Nullable ReqlFunction1 predicate) {
		return changeStream(type, (connection, table) -> changesOf(table, predicate));
	}

	@Override
	public <T> Stream<ChangeEvent<T>> changes(QuireQuery query, Class<T> type, boolean includeInitial) {
		Assert.notNull(query, "query must not be null");
		QuirePersistentEntity<?> metadata = entityOf(type);
		return changeStream(type, (connection, table) -> changesOf(connection, table, metadata, query, includeInitial));
	}

	private <T> Stream<ChangeEvent<T>> changeStream(Class<T> type, BiFunction<Connection, Table, Changes> feed) {
		QuirePersistentEntity<?> metadata = entityOf(type);
		Connection connection = connect();
		try {
			ChangeCursor<Object> cursor = feed.apply(connection, prepareTable(connection, metadata)).run(connection);
			Iterator<Change<Object>> changes = new TranslatingIterator<>(cursor, this.exceptionTranslator);
			return StreamSupport.stream(Spliterators.spliteratorUnknownSize(changes, Spliterator.ORDERED), false)
				.filter((change) -> change.type() != io.quire.driver.ChangeType.STATE)
				.map((change) -> toEvent(change, type))
				.onClose(cursor::close)
				.onClose(connection::close);
		}
		catch (RuntimeException ex) {
			connection.close();
			throw translate(ex);
		}
	}

	/** The changefeed query of an entity type (its table created first when needed). */
	Changes changesQuery(Class<?> type, @Nullable ReqlFunction1 predicate) {
		QuirePersistentEntity<?> metadata = entityOf(type);
		return onTable(metadata, (connection, table) -> changesOf(table, predicate));
	}

	/** The changefeed of the query's criteria (the table created first when needed). */
	Changes changesQuery(QuireQuery query, Class<?> type, boolean includeInitial) {
		Assert.notNull(query, "query must not be null");
		QuirePersistentEntity<?> metadata = entityOf(type);
		return onTable(metadata, (connection, table) -> changesOf(connection, table, metadata, query, includeInitial));
	}

	private static Changes changesOf(Table table, @Nullable ReqlFunction1 predicate) {
		return (predicate != null) ? table.filter(predicate).changes() : table.changes();
	}

	/**
	 * The changefeed of the documents the query's criteria select, through an index when
	 * one serves them. Order, window and projection have no meaning for a feed of
	 * changes, and are refused.
	 */
	Changes changesOf(Connection connection, Table table, QuirePersistentEntity<?> metadata, QuireQuery query,
			boolean includeInitial) {
		Assert.isTrue(
				query.getSort().isUnsorted() && query.getOffset() == 0 && !query.isLimited()
						&& query.getFields().isEmpty() && !query.isDistinct(),
				() -> "A changefeed follows the query's criteria only; sort, skip, limit, fields and distinct are not allowed: "
						+ query);
		return select(connection, table, metadata, query).changes().includeInitial(includeInitial);
	}

	/** A change of documents as a change of entities of the type. */
	<T> ChangeEvent<T> toEvent(Change<Object> change, Class<T> type) {
		QuirePersistentEntity<?> metadata = entityOf(type);
		Change<T> entities = change.map((document) -> read(type, document, metadata));
		return new ChangeEvent<>(entities.type(), entities.oldValue(), entities.newValue(), entities.error());
	}

	// ---- internals ----

	private Connection connect() {
		try {
			return this.connectionFactory.connect();
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	private <R> R onTable(QuirePersistentEntity<?> metadata, BiFunction<Connection, Table, R> work) {
		return execute((connection) -> onTable(connection, metadata, work));
	}

	/**
	 * Runs the work on the entity's table, creating the table first when needed. If the
	 * table turns out to be missing (dropped since), it is created and the work retried
	 * once; if an index the work read through is missing or not ready (dropped or
	 * recreated since its status was cached), the status is asked again and the work
	 * retried once. The server refuses such a read before it writes anything.
	 */
	private <R> R onTable(Connection connection, QuirePersistentEntity<?> metadata,
			BiFunction<Connection, Table, R> work) {
		try {
			return work.apply(connection, prepareTable(connection, metadata));
		}
		catch (QuireRuntimeException ex) {
			if (!forgetIfStale(ex, connection, metadata)) {
				throw ex;
			}
			return work.apply(connection, prepareTable(connection, metadata));
		}
	}

	/**
	 * Whether the failure says the table is gone or an index unavailable, so that the
	 * work is worth one retry; if so, the cached schema of the table is forgotten.
	 */
	boolean forgetIfStale(QuireRuntimeException ex, Connection connection, QuirePersistentEntity<?> metadata) {
		String database = databaseOf(metadata, connection);
		boolean tableGone = this.autoTableCreation && isMissingTable(ex, database, metadata.getTable());
		if (!tableGone && !QuireExceptionTranslator.isUnavailableIndex(ex.getMessage())) {
			return false;
		}
		this.schema.forget(database, metadata.getTable());
		return true;
	}

	/** The entity's table, created first when needed; may block on the server. */
	Table prepareTable(Connection connection, QuirePersistentEntity<?> metadata) {
		String database = databaseOf(metadata, connection);
		if (this.autoTableCreation) {
			this.schema.ensure(connection, metadata, database);
		}
		return r.db(database).table(metadata.getTable());
	}

	private static boolean isMissingTable(QuireRuntimeException ex, String database, String table) {
		String message = ex.getMessage();
		return QuireExceptionTranslator.isMissingResource(message) && !message.startsWith("Index `")
				&& (message.contains("`" + database + "`") || message.contains(database + "." + table + "`"));
	}

	private static String databaseOf(QuirePersistentEntity<?> metadata, Connection connection) {
		String database = metadata.getDatabase();
		return (database != null) ? database : connection.db();
	}

	ReqlExpr select(Connection connection, Table table, QuirePersistentEntity<?> metadata, QuireQuery query) {
		return this.renderer.select(table, metadata, query.getCriteria(), usableIndexes(connection, metadata));
	}

	/**
	 * Which secondary indexes of the entity's table a query may read through, by name.
	 */
	Predicate<String> usableIndexes(Connection connection, QuirePersistentEntity<?> metadata) {
		String database = databaseOf(metadata, connection);
		return (index) -> this.indexStatus.isUsable(connection, database, metadata, index);
	}

	private <T> List<T> readAll(Class<T> type, QuirePersistentEntity<?> metadata,
			BiFunction<Connection, Table, Cursor<Object>> query) {
		return onTable(metadata, (connection, table) -> {
			List<T> entities = new ArrayList<>();
			try (Cursor<Object> cursor = query.apply(connection, table)) {
				cursor.forEachRemaining((document) -> entities.add(read(type, document, metadata)));
			}
			return entities;
		});
	}

	@SuppressWarnings("unchecked")
	<T> T read(Class<T> type, @Nullable Object document, QuirePersistentEntity<?> metadata) {
		if (!(document instanceof Map<?, ?> map)) {
			throw new DataRetrievalFailureException(
					"Expected a document of table '" + metadata.getTable() + "', got " + document);
		}
		Map<String, Object> fields = (Map<String, Object>) map;
		T entity = this.converter.read(type, fields);
		return callback(AfterConvertCallback.class, entity, fields, metadata.getTable());
	}

	QuirePersistentEntity<?> entityOf(Class<?> type) {
		Assert.notNull(type, "type must not be null");
		return this.mappingContext.getRequiredPersistentEntity(type);
	}

	<T> T beforeConvert(T entity, QuirePersistentEntity<?> metadata) {
		return callback(BeforeConvertCallback.class, entity, metadata.getTable());
	}

	<T> T beforeSave(T entity, Map<String, Object> document, QuirePersistentEntity<?> metadata) {
		return callback(BeforeSaveCallback.class, entity, document, metadata.getTable());
	}

	<T> T afterSave(T entity, Map<String, Object> document, QuirePersistentEntity<?> metadata) {
		return callback(AfterSaveCallback.class, entity, document, metadata.getTable());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private <T> T callback(Class<? extends EntityCallback> type, T entity, Object... arguments) {
		EntityCallbacks callbacks = this.entityCallbacks;
		return (callbacks != null) ? (T) callbacks.callback((Class) type, entity, arguments) : entity;
	}

	DataAccessException translate(RuntimeException ex) {
		DataAccessException translated = this.exceptionTranslator.translateExceptionIfPossible(ex);
		if (translated != null) {
			return translated;
		}
		throw ex;
	}

}
