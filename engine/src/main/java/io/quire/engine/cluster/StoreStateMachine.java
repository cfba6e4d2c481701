package io.quire.engine.cluster;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import org.apache.ratis.proto.RaftProtos.LogEntryProto;
import org.apache.ratis.proto.RaftProtos.StateMachineLogEntryProto;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.protocol.TermIndex;
import org.apache.ratis.server.raftlog.RaftLog;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.SnapshotInfo;
import org.apache.ratis.statemachine.StateMachineStorage;
import org.apache.ratis.statemachine.TransactionContext;
import org.apache.ratis.statemachine.impl.BaseStateMachine;
import org.apache.ratis.util.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies committed log entries, in log order, to the local store. Each write carries the
 * entry's term and index in the same atomic batch (the metadata key
 * {@code cluster:applied}), so after a restart the entries Ratis replays up to that index
 * are skipped instead of applied twice. Entries another member proposed are handed to a
 * listener once applied, so this member's caches can follow them.
 * <p>
 * A snapshot is a checkpoint of the store at the last applied index, which is stored in
 * the store first, so the checkpoint carries it. At start, and after Ratis installed a
 * snapshot another member sent, a store behind the latest snapshot is restored from it,
 * and Ratis replays only the log after the snapshot.
 */
final class StoreStateMachine extends BaseStateMachine {

	private static final Logger logger = LoggerFactory.getLogger(StoreStateMachine.class);

	static final byte[] APPLIED_KEY = "cluster:applied".getBytes(StandardCharsets.UTF_8);

	private final Storage store;

	private final ClientId ownClient;

	private final Consumer<LogEntry> othersApplied;

	private volatile long storedIndex;

	private final Runnable leaderReady;

	private final Runnable restored;

	private final StoreSnapshots snapshots = new StoreSnapshots();

	/**
	 * @param store the local store entries are applied to
	 * @param ownClient the client id this member proposes its own entries with
	 * @param othersApplied told of each applied entry this member did not propose
	 * @param leaderReady told when this member became the leader and applied every entry
	 * committed before; it runs on a Raft thread and must not wait for a write
	 * @param restored told when the store's contents were replaced by a snapshot's; it
	 * runs on a Raft thread and must not wait for a write
	 */
	StoreStateMachine(Storage store, ClientId ownClient, Consumer<LogEntry> othersApplied, Runnable leaderReady,
			Runnable restored) {
		this.store = store;
		this.ownClient = ownClient;
		this.othersApplied = othersApplied;
		this.leaderReady = leaderReady;
		this.restored = restored;
		this.storedIndex = storedIndex(store);
	}

	@Override
	public StateMachineStorage getStateMachineStorage() {
		return this.snapshots;
	}

	@Override
	public void initialize(RaftServer server, RaftGroupId group, RaftStorage storage) throws IOException {
		super.initialize(server, group, storage);
		getLifeCycle().startAndTransition(() -> {
			this.snapshots.init(storage);
			loadLatestSnapshot();
		});
	}

	/** Before Ratis installs a snapshot; called once per received chunk. */
	@Override
	public void pause() {
		if (getLifeCycle().compareAndTransition(LifeCycle.State.RUNNING, LifeCycle.State.PAUSING)) {
			getLifeCycle().transition(LifeCycle.State.PAUSED);
		}
	}

	/** After Ratis installed a snapshot: the store catches up with it. */
	@Override
	public void reinitialize() throws IOException {
		getLifeCycle().compareAndTransition(LifeCycle.State.PAUSED, LifeCycle.State.STARTING);
		this.snapshots.refresh();
		loadLatestSnapshot();
		getLifeCycle().compareAndTransition(LifeCycle.State.STARTING, LifeCycle.State.RUNNING);
	}

	/**
	 * Restores the store from the latest snapshot if it is behind it, and takes the
	 * snapshot's position as the last applied one.
	 */
	private void loadLatestSnapshot() {
		SnapshotInfo latest = this.snapshots.getLatestSnapshot();
		Path checkpoint = this.snapshots.latestCheckpoint().orElse(null);
		if (latest == null || checkpoint == null) {
			return;
		}
		if (storedIndex(this.store) < latest.getIndex()) {
			logger.info("Restoring the store from snapshot {}", latest.getTermIndex());
			CheckpointRestore.restore(this.store, checkpoint);
			this.restored.run();
		}
		this.storedIndex = storedIndex(this.store);
		setLastAppliedTermIndex(latest.getTermIndex());
	}

	/**
	 * Checkpoints the store at the last applied entry; Ratis calls it on its applier
	 * thread, between entries. The applied position is stored first, so that the
	 * checkpoint and the store agree on it even when the last entries were Raft's own.
	 */
	@Override
	public long takeSnapshot() throws IOException {
		TermIndex last = getLastAppliedTermIndex();
		if (last == null || last.getIndex() < 0 || storedIndex(this.store) > last.getIndex()) {
			// the store is ahead of a log replay that skips what it holds: a checkpoint
			// now would not be at the last applied entry
			SnapshotInfo latest = this.snapshots.getLatestSnapshot();
			return (latest != null) ? latest.getIndex() : RaftLog.INVALID_LOG_INDEX;
		}
		this.store.write(new WriteBatch().put(Storage.METADATA, APPLIED_KEY, termIndex(last)), true);
		this.snapshots.take(last, this.store::checkpoint);
		return last.getIndex();
	}

	/** The index of the last entry applied to a store, -1 for none. */
	static long storedIndex(Storage store) {
		byte[] stored = store.get(Storage.METADATA, APPLIED_KEY);
		return (stored != null) ? ByteBuffer.wrap(stored).getLong(Long.BYTES) : -1;
	}

	@Override
	public CompletableFuture<Message> applyTransaction(TransactionContext transaction) {
		LogEntryProto entry = transaction.getLogEntry();
		StateMachineLogEntryProto data = entry.getStateMachineLogEntry();
		if (entry.getIndex() > this.storedIndex) {
			LogEntry decoded = LogEntry.decode(data.getLogData().toByteArray());
			decoded.applyTo(this.store, new WriteBatch().put(Storage.METADATA, APPLIED_KEY, termIndex(entry)));
			if (!this.ownClient.toByteString().equals(data.getClientId())) {
				tell(decoded);
			}
		}
		updateLastAppliedTermIndex(entry.getTerm(), entry.getIndex());
		return CompletableFuture.completedFuture(Message.EMPTY);
	}

	/**
	 * Tells the listener of another member's entry. Its failure is logged, never thrown:
	 * Ratis' applier would stop applying and spin, and the member could not even close.
	 */
	private void tell(LogEntry applied) {
		try {
			this.othersApplied.accept(applied);
		}
		catch (RuntimeException ex) {
			logger.warn("A listener of applied entries failed", ex);
		}
	}

	@Override
	public void notifyLeaderReady() {
		this.leaderReady.run();
	}

	/** Answers a linearizable read once the leader confirmed it still leads. */
	@Override
	public CompletableFuture<Message> query(Message request) {
		return CompletableFuture.completedFuture(Message.EMPTY);
	}

	private static byte[] termIndex(LogEntryProto entry) {
		return termIndex(TermIndex.valueOf(entry));
	}

	private static byte[] termIndex(TermIndex at) {
		return ByteBuffer.allocate(2 * Long.BYTES).putLong(at.getTerm()).putLong(at.getIndex()).array();
	}

}
