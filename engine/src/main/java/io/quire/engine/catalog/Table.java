package io.quire.engine.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import io.quire.engine.NotPrimaryException;
import io.quire.engine.QueryException;
import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * A table: documents keyed by their primary key, with secondary indexes. Reads see
 * committed writes; each single-document write is atomic. Every committed change is
 * published, once and in commit order per document, to the table's
 * {@link ChangeListener}s (changefeeds).
 *
 * <p>
 * Keys and documents are datums: {@code null}, {@link Boolean}, {@link Double},
 * {@link String}, {@link List}, {@link Map} (objects; pseudo-types such as TIME and
 * BINARY are maps with a {@code $reql_type$} key).
 */
public interface Table {

	UUID id();

	String database();

	String name();

	String primaryKey();

	/** The document with this primary key, or {@code null}. */
	@Nullable Map<String, Object> get(Object key);

	/** Every document in primary key order (reverse order when {@code descending}). */
	RowIterator scan(boolean descending);

	/**
	 * Documents whose key in {@code index} lies between the bounds, in index order (ties
	 * by primary key). The primary key's own name selects the primary index.
	 * @throws io.quire.engine.QueryException if the index does not exist or is not ready
	 */
	RowIterator between(String index, Bound lower, Bound upper, boolean descending);

	/**
	 * Documents with exactly this key in {@code index} (the primary index by its key's
	 * name).
	 */
	RowIterator getAll(String index, Object key);

	/**
	 * Atomically replaces the document with this primary key by what {@code update}
	 * returns for it ({@code null} in, {@code null} out meaning absent). The function
	 * runs under the document's lock and may throw a
	 * {@link io.quire.engine.QueryException}, which aborts this write only. Writes that
	 * change nothing are not stored or published.
	 * @return the committed change (old equal to new when nothing changed)
	 */
	Change modify(Object key, UnaryOperator<@Nullable Map<String, Object>> update, Durability durability);

	/**
	 * Like {@link #modify} for many documents, committed in one batch (one WAL sync for
	 * HARD). Each entry fails or succeeds on its own; a failed entry's result is its
	 * exception.
	 */
	List<Object> modifyAll(List<Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>>> updates,
			Durability durability);

	/**
	 * One row's outcome in a write of many: its change, or the exception that failed only
	 * that row. A PERMISSION_ERROR is thrown instead: as in RethinkDB, a denied row fails
	 * the whole write; so is a standby's refusal ({@link NotPrimaryException}), which
	 * drivers must see to go to the primary.
	 */
	static Object rowOutcome(Supplier<Change> write) {
		try {
			return write.get();
		}
		catch (QueryException ex) {
			if (ex.errorType() == ErrorType.PERMISSION_ERROR || ex instanceof NotPrimaryException) {
				throw ex;
			}
			return ex;
		}
	}

	/** Number of documents. */
	long count();

	/** Approximate bytes the table's documents take on disk (for metrics). */
	long approximateBytes();

	/**
	 * Creates an index and starts building it over existing rows without blocking
	 * queries.
	 */
	void createIndex(IndexDefinition definition);

	void dropIndex(String name);

	/** Renames an index; {@code overwrite} replaces an existing index of the new name. */
	boolean renameIndex(String from, String to, boolean overwrite);

	List<IndexStatus> indexes();

	/** Blocks until the named indexes (every index when empty) are ready. */
	List<IndexStatus> awaitIndexes(List<String> names) throws InterruptedException;

	/** Makes every earlier soft write durable. */
	void sync();

	/**
	 * The documents read and written since start, for {@code rethinkdb.stats}; tables
	 * that do not count share an activity nobody increments.
	 */
	default TableActivity activity() {
		return new TableActivity();
	}

	/**
	 * Notes that the server generated this primary key for a row an insert is about to
	 * write; RethinkDB's system tables treat such rows apart (an insert into
	 * {@code db_config} with a generated key creates a database). Ignored by user tables.
	 */
	default void keyGenerated(Object key) {
	}

	/** Subscribes to committed changes; close the returned handle to unsubscribe. */
	AutoCloseable subscribe(ChangeListener listener);

}
