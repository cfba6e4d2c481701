package io.quire.data.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quire.data.core.mapping.IndexDefinition;
import io.quire.data.core.mapping.IndexResolver;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.driver.Connection;
import tools.jackson.core.type.TypeReference;

import static io.quire.driver.Quire.r;

/**
 * Which of the {@code @Indexed} indexes of an entity's table can be read through: those
 * that exist, are ready and have the kind (simple or multi) the entity declares, as
 * {@code index_status} last told. A table whose declared indexes are all usable keeps its
 * status until it is {@link #forget forgotten} (the template does so when it creates or
 * drops indexes or tables, and when a query meets a missing index); otherwise the status
 * is asked again after {@link #RECHECK_INTERVAL}, so that an index created elsewhere, or
 * still being built, is used soon after it is ready.
 */
final class IndexStatusCache {

	/** How long the status of a table with a missing or unready index is kept. */
	static final Duration RECHECK_INTERVAL = Duration.ofSeconds(10);

	private static final TypeReference<List<Map<String, Object>>> STATUSES = new TypeReference<>() {
	};

	private final IndexResolver indexResolver;

	private final Clock clock;

	private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

	IndexStatusCache(QuireMappingContext mappingContext, Clock clock) {
		this.indexResolver = new IndexResolver(mappingContext);
		this.clock = clock;
	}

	/** Whether a query on the entity's table may read through the named index. */
	boolean isUsable(Connection connection, String database, QuirePersistentEntity<?> entity, String index) {
		return snapshot(connection, database, entity).usable().contains(index);
	}

	/** Forgets what is known of the table's indexes. */
	void forget(String database, String table) {
		this.snapshots.remove(key(database, table));
	}

	private Snapshot snapshot(Connection connection, String database, QuirePersistentEntity<?> entity) {
		String key = key(database, entity.getTable());
		Instant now = this.clock.instant();
		Snapshot snapshot = this.snapshots.get(key);
		if (snapshot == null || now.isAfter(snapshot.recheckAt())) {
			snapshot = load(connection, database, entity, now);
			this.snapshots.put(key, snapshot);
		}
		return snapshot;
	}

	private Snapshot load(Connection connection, String database, QuirePersistentEntity<?> entity, Instant now) {
		List<Map<String, Object>> statuses = r.db(database)
			.table(entity.getTable())
			.indexStatus()
			.runAtom(connection, STATUSES);
		List<IndexDefinition> declared = this.indexResolver.resolveIndexes(entity);
		Set<String> usable = new HashSet<>();
		for (IndexDefinition index : declared) {
			if (statuses.stream().anyMatch((status) -> isUsable(status, index))) {
				usable.add(index.name());
			}
		}
		Instant recheckAt = (usable.size() == declared.size()) ? Instant.MAX : now.plus(RECHECK_INTERVAL);
		return new Snapshot(Set.copyOf(usable), recheckAt);
	}

	private static boolean isUsable(Map<String, Object> status, IndexDefinition index) {
		return index.name().equals(status.get("index")) && Boolean.TRUE.equals(status.get("ready"))
				&& index.multi() == Boolean.TRUE.equals(status.get("multi"));
	}

	private static String key(String database, String table) {
		return database + "." + table;
	}

	/**
	 * The usable indexes of a table, and when to ask again.
	 */
	private record Snapshot(Set<String> usable, Instant recheckAt) {
	}

}
