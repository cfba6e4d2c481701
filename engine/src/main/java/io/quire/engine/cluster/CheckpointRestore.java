package io.quire.engine.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import io.quire.engine.storage.Checkpoint;
import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.Snapshot;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import org.jspecify.annotations.Nullable;

/**
 * Replaces what a live store holds with a checkpoint's contents (a snapshot another
 * member sent), in place, so that the engine's {@link Storage} stays valid: every
 * keyspace but {@link Storage#METADATA} is dropped, the shared metadata is cleared, then
 * every keyspace is copied. This member's own values (server id and name, under
 * {@code system:server/}) are kept, not taken from the sender. The applied index is
 * removed first and written last, so a restore cut short by a crash is done again at the
 * next start.
 */
final class CheckpointRestore {

	private static final byte[] LOCAL_PREFIX = "system:server/".getBytes(StandardCharsets.UTF_8);

	private static final int BATCH_BYTES = 4 << 20;

	private CheckpointRestore() {
	}

	static void restore(Storage store, Path checkpoint) {
		store.write(new WriteBatch().delete(Storage.METADATA, StoreStateMachine.APPLIED_KEY), true);
		try (Checkpoint source = store.openCheckpoint(checkpoint)) {
			for (String keyspace : store.keyspaces()) {
				if (!Storage.METADATA.equals(keyspace)) {
					store.dropKeyspace(keyspace);
				}
			}
			clearShared(store);
			byte[] applied = null;
			for (String keyspace : source.keyspaces()) {
				store.createKeyspace(keyspace);
				byte[] found = copy(source, keyspace, store);
				applied = (found != null) ? found : applied;
			}
			if (applied != null) {
				store.write(new WriteBatch().put(Storage.METADATA, StoreStateMachine.APPLIED_KEY, applied), true);
			}
		}
	}

	private static void clearShared(Storage store) {
		WriteBatch deletes = new WriteBatch();
		try (Snapshot snapshot = store.snapshot();
				KeyValueIterator entries = snapshot.range(Storage.METADATA, null, null, false)) {
			while (entries.next()) {
				if (!isLocal(entries.key())) {
					deletes.delete(Storage.METADATA, entries.key());
				}
			}
		}
		store.write(deletes, false);
	}

	/** Copies a keyspace; returns the applied index when it is the metadata's. */
	private static byte @Nullable [] copy(Checkpoint source, String keyspace, Storage store) {
		boolean metadata = Storage.METADATA.equals(keyspace);
		byte[] applied = null;
		WriteBatch batch = new WriteBatch();
		try (KeyValueIterator entries = source.scan(keyspace)) {
			while (entries.next()) {
				byte[] key = entries.key();
				if (metadata && Arrays.equals(key, StoreStateMachine.APPLIED_KEY)) {
					applied = entries.value();
				}
				else if (!metadata || !isLocal(key)) {
					batch.put(keyspace, key, entries.value());
				}
				if (batch.bytes() >= BATCH_BYTES) {
					store.write(batch, false);
					batch = new WriteBatch();
				}
			}
		}
		store.write(batch, false);
		return applied;
	}

	private static boolean isLocal(byte[] key) {
		return key.length >= LOCAL_PREFIX.length
				&& Arrays.equals(key, 0, LOCAL_PREFIX.length, LOCAL_PREFIX, 0, LOCAL_PREFIX.length);
	}

}
