package io.quire.engine.cluster;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.quire.engine.catalog.AppliedChanges;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import org.apache.ratis.proto.RaftProtos.LogEntryProto;
import org.apache.ratis.proto.RaftProtos.StateMachineLogEntryProto;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.statemachine.TransactionContext;
import org.apache.ratis.statemachine.impl.BaseStateMachine;
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
 */
final class StoreStateMachine extends BaseStateMachine {

	private static final Logger logger = LoggerFactory.getLogger(StoreStateMachine.class);

	static final byte[] APPLIED_KEY = "cluster:applied".getBytes(StandardCharsets.UTF_8);

	private final Storage store;

	private final ClientId ownClient;

	private final Consumer<LogEntry> othersApplied;

	private final long storedIndex;

	private final Runnable leaderReady;

	private final Events events;

	/**
	 * @param store the local store entries are applied to
	 * @param ownClient the client id this member proposes its own entries with
	 * @param othersApplied told of each applied entry this member did not propose
	 * @param leaderReady told when this member became the leader and applied every entry
	 * committed before; it runs on a Raft thread and must not wait for a write
	 */
	StoreStateMachine(Storage store, ClientId ownClient, Consumer<LogEntry> othersApplied, Runnable leaderReady,
			Events events) {
		this.store = store;
		this.ownClient = ownClient;
		this.othersApplied = othersApplied;
		this.leaderReady = leaderReady;
		this.events = events;
		this.storedIndex = storedIndex(store);
	}

	/**
	 * What else the member follows: the feeds told of applied changes, whether this
	 * member leads now, and the moment it stops leading (a step-down or its close).
	 */
	record Events(AppliedChanges changes, BooleanSupplier leading, Runnable steppedDown) {

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
			boolean told = !this.ownClient.toByteString().equals(data.getClientId())
					|| !this.events.leading().getAsBoolean();
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
			this.othersApplied.accept(applied);
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
		this.leaderReady.run();
	}

	/** Answers a linearizable read once the leader confirmed it still leads. */
	@Override
	public CompletableFuture<Message> query(Message request) {
		return CompletableFuture.completedFuture(Message.EMPTY);
	}

	private static byte[] termIndex(LogEntryProto entry) {
		return ByteBuffer.allocate(2 * Long.BYTES).putLong(entry.getTerm()).putLong(entry.getIndex()).array();
	}

}
