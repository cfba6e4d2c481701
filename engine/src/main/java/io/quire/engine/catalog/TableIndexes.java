package io.quire.engine.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.quire.engine.QueryException;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.WriteBatch;
import org.jspecify.annotations.Nullable;

/**
 * The secondary indexes of one table. Writers hold the shared side of a lock while they
 * stage and commit, so index creation, renaming and dropping (which take the exclusive
 * side) never race a write: every write sees either the old or the new set of indexes,
 * entirely.
 */
final class TableIndexes {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

	private final DefaultTable table;

	private final Context context;

	private final Map<String, SecondaryIndex> byName = new ConcurrentHashMap<>();

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	TableIndexes(DefaultTable table, Context context) {
		this.table = table;
		this.context = context;
	}

	/**
	 * Opens the stored indexes, rebuilding those whose build did not finish unless
	 * another member builds them ({@code rebuild} false).
	 */
	void open(List<IndexMetadata> stored, boolean rebuild) {
		for (IndexMetadata metadata : stored) {
			SecondaryIndex index = new SecondaryIndex(metadata, compileStored(metadata.definition()));
			this.byName.put(index.name(), index);
			if (rebuild && !metadata.ready()) {
				storage().dropKeyspace(metadata.keyspace());
				storage().createKeyspace(metadata.keyspace());
				startBuild(index);
			}
		}
	}

	Lock sharedLock() {
		return this.lock.readLock();
	}

	void stage(WriteBatch batch, byte[] primaryKey, @Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after) {
		for (SecondaryIndex index : this.byName.values()) {
			index.addChanges(batch, primaryKey, before, after);
		}
	}

	/** A ready index for reading. */
	SecondaryIndex readable(String name) {
		SecondaryIndex index = existing(name, "Index `" + name + "` was not found on table `" + tableName() + "`.");
		if (!index.isReady()) {
			throw QueryException.opFailed("Index `" + name + "` on table `" + tableName()
					+ "` was accessed before its construction was finished.");
		}
		return index;
	}

	void create(IndexDefinition definition) {
		checkName(definition.name());
		IndexKeyFunction function = compile(definition);
		SecondaryIndex index = new SecondaryIndex(new IndexMetadata(definition, UUID.randomUUID(), false), function);
		exclusively(() -> {
			if (this.byName.containsKey(definition.name())) {
				throw QueryException
					.opFailed("Index `" + definition.name() + "` already exists on table `" + tableName() + "`.");
			}
			storage().createKeyspace(index.keyspace());
			this.byName.put(index.name(), index);
		});
		save();
		startBuild(index);
	}

	void drop(String name) {
		SecondaryIndex[] dropped = new SecondaryIndex[1];
		exclusively(() -> {
			dropped[0] = existing(name, missing(name));
			this.byName.remove(name);
		});
		save();
		discard(dropped[0]);
	}

	boolean rename(String from, String to, boolean overwrite) {
		checkName(to);
		boolean[] renamed = new boolean[1];
		SecondaryIndex[] replacedIndex = new SecondaryIndex[1];
		exclusively(() -> {
			SecondaryIndex index = existing(from, missing(from));
			SecondaryIndex replaced = this.byName.get(to);
			if (from.equals(to)) {
				return;
			}
			if (replaced != null && !overwrite) {
				throw QueryException.opFailed("Index `" + to + "` already exists on table `" + tableName() + "`.");
			}
			this.byName.remove(from);
			index.rename(to);
			this.byName.put(to, index);
			replacedIndex[0] = replaced;
			renamed[0] = true;
		});
		if (renamed[0]) {
			save();
		}
		if (replacedIndex[0] != null) {
			discard(replacedIndex[0]);
		}
		return renamed[0];
	}

	List<IndexStatus> statuses() {
		return sorted().stream().map(SecondaryIndex::status).toList();
	}

	List<IndexStatus> await(List<String> names) throws InterruptedException {
		List<SecondaryIndex> targets = new ArrayList<>();
		for (String name : names) {
			targets.add(existing(name, "Index `" + name + "` was not found on table `" + tableName() + "`."));
		}
		if (names.isEmpty()) {
			targets.addAll(sorted());
		}
		for (SecondaryIndex index : targets) {
			awaitBuilt(index);
		}
		return targets.stream().map(SecondaryIndex::status).toList();
	}

	private void awaitBuilt(SecondaryIndex index) throws InterruptedException {
		try {
			index.built().get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	List<IndexMetadata> metadata() {
		return sorted().stream().map(SecondaryIndex::metadata).toList();
	}

	/** Writes entries made by the builder, unless the index went away meanwhile. */
	void commitBuild(SecondaryIndex index, WriteBatch batch) {
		Lock shared = sharedLock();
		shared.lock();
		try {
			if (!index.isDropped() && !batch.isEmpty()) {
				storage().write(batch, false);
			}
		}
		finally {
			shared.unlock();
		}
	}

	/**
	 * Marks a built index ready and records it durably, then releases {@code index_wait}:
	 * whoever waited finds the index ready in the store too (and, replicated, on the
	 * members that applied that record).
	 */
	void finishBuild(SecondaryIndex index) {
		exclusively(() -> {
			if (!index.isDropped()) {
				index.markReady();
			}
		});
		try {
			if (!index.isDropped()) {
				save();
			}
		}
		finally {
			index.announceBuilt();
		}
	}

	/**
	 * Drops every index with the table; {@code marker} marks the table dropped under the
	 * lock.
	 */
	void dropAll(Runnable marker) {
		exclusively(() -> {
			marker.run();
			this.byName.values().forEach(this::discard);
			this.byName.clear();
		});
	}

	private void discard(SecondaryIndex index) {
		index.markDropped(QueryException.opFailed(missing(index.name())));
		storage().dropKeyspace(index.keyspace());
	}

	private void startBuild(SecondaryIndex index) {
		this.context.builders().execute(new IndexBuilder(this.table, index));
	}

	/**
	 * Records the table's metadata, always after the index lock is released: the catalog
	 * serializes metadata writes under its own lock, which a table drop holds while it
	 * takes this one.
	 */
	private void save() {
		this.context.saver().accept(this.table);
	}

	private void exclusively(Runnable action) {
		Lock exclusive = this.lock.writeLock();
		exclusive.lock();
		try {
			action.run();
		}
		finally {
			exclusive.unlock();
		}
	}

	private SecondaryIndex existing(String name, String message) {
		SecondaryIndex index = this.byName.get(name);
		if (index == null) {
			throw QueryException.opFailed(message);
		}
		return index;
	}

	private List<SecondaryIndex> sorted() {
		List<SecondaryIndex> indexes = new ArrayList<>(this.byName.values());
		indexes.sort(Comparator.comparing(SecondaryIndex::name));
		return indexes;
	}

	private IndexKeyFunction compile(IndexDefinition definition) {
		return this.context.compiler().apply(definition);
	}

	private IndexKeyFunction compileStored(IndexDefinition definition) {
		try {
			return compile(definition);
		}
		catch (RuntimeException ex) {
			throw new StorageException("Cannot compile the stored function of index `" + definition.name()
					+ "` on table `" + tableName() + "`: " + ex.getMessage(), ex);
		}
	}

	private void checkName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw QueryException.queryLogic("Index name `" + name + "` invalid (Use A-Z, a-z, 0-9, _ and - only).");
		}
		if (name.equals(this.table.primaryKey())) {
			throw QueryException.queryLogic("Index name conflict: `" + name + "` is the name of the primary key.");
		}
	}

	private String missing(String name) {
		return "Index `" + name + "` does not exist on table `" + tableName() + "`.";
	}

	private String tableName() {
		return this.table.qualifiedName();
	}

	private Storage storage() {
		return this.context.storage();
	}

	/**
	 * What a table's indexes need from the catalog.
	 *
	 * @param storage where entries live
	 * @param compiler turns a stored function term into a key function
	 * @param builders runs index builds in the background
	 * @param saver stores the table's metadata durably
	 */
	record Context(Storage storage, Function<IndexDefinition, IndexKeyFunction> compiler, Executor builders,
			Consumer<DefaultTable> saver) {
	}

}
