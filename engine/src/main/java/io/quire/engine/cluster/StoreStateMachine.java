package io.quire.engine.cluster;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

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
 * listener once applied, so this member's caches can follow them, and their document
 * changes to this member's feeds, in log order. So are this member's own entries applied
 * while it does not lead: its write path failed them (Raft answered "not leader" when it
 * stepped down) and told nobody, yet the next leader may have committed them.
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

	private final MemberEvents events;

	private final BooleanSupplier leading;

	private volatile long storedIndex;

	private final StoreSnapshots snapshots = new StoreSnapshots();

	/**
	 * @param store the local store entries are applied to
	 * @param ownClient the client id this member proposes its own entries with
	 * @param events what the engine is told of applied entries, leadership and restores
	 * @param leading whether this member leads the group now
	 */
	StoreStateMachine(Storage store, ClientId ownClient, MemberEvents events, BooleanSupplier leading) {
		this.store = store;
		this.ownClient = ownClient;
		this.events = events;
		this.leading = leading;
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
			run(this.events.restored(), "Reloading the caches after a snapshot failed");
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
			boolean told = !this.ownClient.toByteString().equals(data.getClientId()) || !this.leading.getAsBoolean();
			Runnable changes = told ? changesOf(decoded) : () -> {
			};
			decoded.applyTo(this.store, new WriteBatch().put(Storage.METADATA, APPLIED_KEY, termIndex(entry)));
			if (told) {
				tell(decoded);
				run(changes, "A changefeed of applied entries failed");
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
			this.events.othersApplied().accept(applied);
		}
		catch (RuntimeException ex) {
			logger.warn("A listener of applied entries failed", ex);
		}
	}

	/** Reads an entry's document changes before it is applied; never throws. */
	private Runnable changesOf(LogEntry entry) {
		try {
			return this.events.changes().changesOf(entry.batch());
		}
		catch (RuntimeException ex) {
			logger.warn("Reading the changes of an applied entry failed", ex);
			return () -> {
			};
		}
	}

	private static void run(Runnable task, String failure) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			logger.warn(failure, ex);
		}
	}

	/** This member stopped leading: Raft failed its pending writes; its feeds end. */
	@Override
	public void notifyNotLeader(Collection<TransactionContext> pendingEntries) {
		run(this.events.steppedDown(), "Ending the feeds of a former primary failed");
	}

	@Override
	public void notifyLeaderReady() {
		this.events.leaderReady().run();
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
