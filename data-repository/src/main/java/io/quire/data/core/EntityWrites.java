package io.quire.data.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.core.mapping.QuirePersistentProperty;
import io.quire.driver.Connection;
import io.quire.driver.query.ReqlExpr;
import io.quire.driver.query.ReqlFunction1;
import io.quire.driver.query.Table;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.model.ConvertingPropertyAccessor;

import static io.quire.driver.Quire.r;

/**
 * The write side of the template: ids, versions and the ReQL of inserts, replacements and
 * deletions. Versioned replacements and deletions are conditional on the server, in one
 * atomic write of the document.
 */
final class EntityWrites {

	private final QuireConverter converter;

	private final QuireExceptionTranslator exceptionTranslator;

	EntityWrites(QuireConverter converter, QuireExceptionTranslator exceptionTranslator) {
		this.converter = converter;
		this.exceptionTranslator = exceptionTranslator;
	}

	/**
	 * Sets the version of a new entity: 0, or 1 for a primitive version (0 means new).
	 */
	<T> T initializeVersion(T entity) {
		QuirePersistentEntity<?> metadata = metadata(entity);
		QuirePersistentProperty version = metadata.getVersionProperty();
		if (version == null) {
			return entity;
		}
		PersistentPropertyAccessor<T> accessor = accessor(entity, metadata);
		Object current = accessor.getProperty(version);
		long initial = (current == null) ? 0 : ((Number) current).longValue() + 1;
		accessor.setProperty(version, initial);
		return accessor.getBean();
	}

	/** The entity's version, or {@code null} if it has none. */
	@Nullable Long currentVersion(Object entity) {
		QuirePersistentEntity<?> metadata = metadata(entity);
		QuirePersistentProperty version = metadata.getVersionProperty();
		Object value = (version != null) ? metadata.getPropertyAccessor(entity).getProperty(version) : null;
		return (value instanceof Number number) ? number.longValue() : null;
	}

	<T> T incrementVersion(T entity) {
		QuirePersistentEntity<?> metadata = metadata(entity);
		QuirePersistentProperty version = metadata.getVersionProperty();
		Long current = currentVersion(entity);
		if (version == null) {
			return entity;
		}
		PersistentPropertyAccessor<T> accessor = accessor(entity, metadata);
		accessor.setProperty(version, (current != null) ? current + 1 : 0L);
		return accessor.getBean();
	}

	@Nullable Object idOf(Object entity) {
		QuirePersistentEntity<?> metadata = metadata(entity);
		return metadata.getIdentifierAccessor(entity).getIdentifier();
	}

	WriteResult insert(Connection connection, Table table, Object documents) {
		return check(WriteResult.of(table.insert(documents).runAtom(connection)));
	}

	/** Sets the server's generated keys on the entities that had no id, in order. */
	<T> List<T> applyGeneratedKeys(List<T> entities, WriteResult result) {
		Iterator<Object> keys = result.generatedKeys().iterator();
		List<T> saved = new ArrayList<>(entities.size());
		for (T entity : entities) {
			saved.add((idOf(entity) == null && keys.hasNext()) ? withId(entity, keys.next()) : entity);
		}
		return saved;
	}

	/**
	 * Replaces the stored document. With an expected version, only a stored document of
	 * that version is replaced; without one, the document is inserted or replaced.
	 */
	void replace(Connection connection, Table table, Map<String, Object> document, @Nullable Long expectedVersion,
			QuirePersistentEntity<?> metadata) {
		checkWrite(replacement(table, document, expectedVersion, metadata).runAtom(connection), expectedVersion);
	}

	/** The ReQL of {@link #replace}; check its result with {@link #checkWrite}. */
	ReqlExpr replacement(Table table, Map<String, Object> document, @Nullable Long expectedVersion,
			QuirePersistentEntity<?> metadata) {
		if (expectedVersion == null) {
			return table.insert(document).optArg("conflict", "replace");
		}
		Object id = document.get(metadata.getIdFieldName());
		String versionField = metadata.getRequiredVersionProperty().getFieldName();
		ReqlFunction1 ifCurrent = (stored) -> r.branch(stored.eq((Object) null),
				r.error("Document " + id + " was deleted; expected version " + expectedVersion),
				stored.bracket(versionField).default_(null).eq(expectedVersion), document,
				r.error(stale(id, expectedVersion)));
		return table.get(id).replace(ifCurrent);
	}

	/** Deletes the document; with an expected version, only if the stored one has it. */
	void delete(Connection connection, Table table, Object id, @Nullable Long expectedVersion,
			QuirePersistentEntity<?> metadata) {
		checkWrite(deletion(table, id, expectedVersion, metadata).runAtom(connection), expectedVersion);
	}

	/** The ReQL of {@link #delete}; check its result with {@link #checkWrite}. */
	ReqlExpr deletion(Table table, Object id, @Nullable Long expectedVersion, QuirePersistentEntity<?> metadata) {
		Object key = this.converter.toQuireValue(id);
		if (expectedVersion == null) {
			return table.get(key).delete();
		}
		String versionField = metadata.getRequiredVersionProperty().getFieldName();
		ReqlExpr delete = r.expr(null);
		ReqlFunction1 ifCurrent = (stored) -> r.branch(stored.eq(delete), delete,
				stored.bracket(versionField).default_(delete).eq(expectedVersion), delete,
				r.error(stale(key, expectedVersion)));
		return table.get(key).replace(ifCurrent);
	}

	/**
	 * The result of a replacement or deletion, checked: an error of a versioned write is
	 * an optimistic locking failure.
	 */
	WriteResult checkWrite(@Nullable Object result, @Nullable Long expectedVersion) {
		WriteResult written = WriteResult.of(result);
		if (expectedVersion == null) {
			return check(written);
		}
		if (written.hasErrors()) {
			throw new OptimisticLockingFailureException(String.valueOf(written.firstError()));
		}
		return written;
	}

	/** The changes as a nested document of converted values, keyed by field names. */
	@SuppressWarnings("unchecked")
	Map<String, Object> patch(Map<String, ?> changes, Function<String, List<String>> fieldNames) {
		Map<String, Object> patch = new LinkedHashMap<>();
		changes.forEach((path, value) -> {
			List<String> fields = fieldNames.apply(path);
			Map<String, Object> level = patch;
			for (String field : fields.subList(0, fields.size() - 1)) {
				level = (Map<String, Object>) level.computeIfAbsent(field, (key) -> new LinkedHashMap<>());
			}
			level.put(fields.get(fields.size() - 1), this.converter.toQuireValue(value));
		});
		return patch;
	}

	WriteResult check(WriteResult result) {
		if (result.hasErrors()) {
			throw this.exceptionTranslator.translateWriteError(String.valueOf(result.firstError()));
		}
		return result;
	}

	private static String stale(Object id, long expectedVersion) {
		return "Document " + id + " was changed by someone else; expected version " + expectedVersion;
	}

	private <T> T withId(T entity, Object key) {
		QuirePersistentEntity<?> metadata = metadata(entity);
		QuirePersistentProperty id = metadata.getRequiredIdProperty();
		PersistentPropertyAccessor<T> accessor = metadata.getPropertyAccessor(entity);
		accessor.setProperty(id, this.converter.fromQuireValue(key, id.getType()));
		return accessor.getBean();
	}

	private <T> PersistentPropertyAccessor<T> accessor(T entity, QuirePersistentEntity<?> metadata) {
		return new ConvertingPropertyAccessor<>(metadata.getPropertyAccessor(entity),
				this.converter.getConversionService());
	}

	private QuirePersistentEntity<?> metadata(Object entity) {
		return this.converter.getMappingContext().getRequiredPersistentEntity(entity.getClass());
	}

}
