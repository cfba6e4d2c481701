package io.quire.engine.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.quire.engine.storage.DocumentCodec;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import org.jspecify.annotations.Nullable;

/**
 * The document changes of one replicated batch, in batch order: each put or delete of a
 * watched table's document keyspace with the value the local store held before (or the
 * batch's own earlier value for the same key).
 */
final class DecodedChanges implements Runnable {

	private static final Runnable NOTHING = () -> {
	};

	private final List<Map.Entry<DefaultTable, Change>> changes = new ArrayList<>();

	/**
	 * @param watched the table whose document keyspace this is, if it has listeners
	 */
	private DecodedChanges(Storage storage, WriteBatch batch, Function<String, @Nullable DefaultTable> watched) {
		Map<ByteBuffer, byte @Nullable []> written = new HashMap<>();
		for (WriteBatch.Operation operation : batch.operations()) {
			DefaultTable table = watched.apply(operation.keyspace());
			if (table != null) {
				ByteBuffer key = key(operation);
				byte[] before = written.containsKey(key) ? written.get(key)
						: storage.get(operation.keyspace(), operation.key());
				written.put(key, operation.value());
				this.changes.add(Map.entry(table, new Change(decode(before), decode(operation.value()))));
			}
		}
	}

	private static ByteBuffer key(WriteBatch.Operation operation) {
		byte[] keyspace = operation.keyspace().getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocate(keyspace.length + 1 + operation.key().length)
			.put(keyspace)
			.put((byte) 0)
			.put(operation.key())
			.flip();
	}

	private static @Nullable Map<String, Object> decode(byte @Nullable [] stored) {
		return (stored != null) ? DocumentCodec.decodeDocument(stored) : null;
	}

	/**
	 * Reads, before the batch is applied, the changes it makes to tables with listeners;
	 * nothing is read when no feed watches the tables.
	 */
	static Runnable of(Storage storage, WriteBatch batch, Collection<DefaultTable> tables) {
		Map<String, DefaultTable> watched = new HashMap<>();
		for (DefaultTable table : tables) {
			if (table.isWatched()) {
				watched.put(table.keyspace(), table);
			}
		}
		return watched.isEmpty() ? NOTHING : new DecodedChanges(storage, batch, watched::get);
	}

	/** Tells each table's listeners of its changes, once the batch is applied. */
	@Override
	public void run() {
		this.changes.forEach((change) -> change.getKey().publishApplied(change.getValue()));
	}

}
