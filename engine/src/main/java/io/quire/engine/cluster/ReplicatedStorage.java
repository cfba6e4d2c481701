package io.quire.engine.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.quire.engine.ClusterOptions;
import io.quire.engine.ReadBarrier;
import io.quire.engine.ReadMode;
import io.quire.engine.storage.Checkpoint;
import io.quire.engine.storage.Snapshot;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.SyncStatistics;
import io.quire.engine.system.Member;
import io.quire.engine.system.Members;
import io.quire.engine.storage.WriteBatch;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Storage} whose writes are Raft log entries: each write, keyspace creation and
 * drop is committed by a majority of the group and applied to the local store before it
 * returns; reads go to the local store, after a read index where the read mode asks for
 * it ({@link #await}). Until {@link #join} the writes go to the local store alone, so
 * that opening the catalog on a fresh directory and the member's own values (its server
 * id) stay local. Both durabilities wait for the same point: the entry in a majority's
 * synced Raft logs.
 */
public final class ReplicatedStorage implements Storage, ReadBarrier {

	private final Storage local;

	private volatile @Nullable RaftMember member;

	public ReplicatedStorage(Storage local) {
		this.local = Objects.requireNonNull(local, "local must not be null");
	}

	/**
	 * Starts this member of the group; from now on every write is replicated.
	 * @param logDirectory where the Raft log lives
	 * @param events what the engine is told as this member follows the log
	 */
	public void join(ClusterOptions options, Path logDirectory, MemberEvents events) {
		Objects.requireNonNull(options, "options must not be null");
		Objects.requireNonNull(logDirectory, "logDirectory must not be null");
		Objects.requireNonNull(events, "events must not be null");
		if (this.member != null) {
			throw new IllegalStateException("Already joined");
		}
		this.member = RaftMember.start(options, logDirectory, this.local, events);
	}

	/** Whether this member leads the group and takes writes; false before joining. */
	public boolean isPrimary() {
		RaftMember current = this.member;
		return current != null && current.isPrimary();
	}

	/**
	 * Whether this member found itself out of the group's configuration (it was removed)
	 * at its last check, about every second.
	 */
	public boolean isOutOfGroup() {
		RaftMember current = this.member;
		return current != null && current.isOutOfGroup();
	}

	/** The member leading the group as far as this one knows. */
	public Optional<ClusterOptions.Peer> primary() {
		RaftMember current = this.member;
		return (current != null) ? current.primary() : Optional.empty();
	}

	/**
	 * Before a read: on the primary, {@code majority} confirms with a majority that it
	 * still leads; on a standby, {@code single} and {@code majority} wait until it
	 * applied what the primary committed. Nothing to wait for before joining, or for
	 * {@code outdated}. A member no longer in the group refuses every read.
	 * @throws io.quire.engine.QueryException OP_FAILED when that was not confirmed in
	 * time, or on a member that is not in the group
	 */
	@Override
	public void await(ReadMode mode) {
		RaftMember current = this.member;
		if (current == null) {
			return;
		}
		if (current.isLeader()) {
			if (mode == ReadMode.MAJORITY) {
				current.readIndex(mode);
			}
			return;
		}
		if (current.isRemoved()) {
			throw current.removed();
		}
		if (mode != ReadMode.OUTDATED) {
			current.readIndex(mode);
		}
	}

	@Override
	public boolean waits(ReadMode mode) {
		RaftMember current = this.member;
		return current != null && (current.isLeader() ? mode == ReadMode.MAJORITY : mode != ReadMode.OUTDATED);
	}

	/**
	 * Every member of the group as this one knows it, {@code ownName} naming this one;
	 * empty before joining.
	 */
	public List<Member> members(String ownName) {
		RaftMember current = this.member;
		return (current != null) ? current.members(ownName) : List.of();
	}

	/**
	 * The members of the group as this one knows them, {@code ownName} naming this one,
	 * read anew each time; the primary adds and removes members through it.
	 */
	public Members membership(Supplier<String> ownName) {
		Objects.requireNonNull(ownName, "ownName must not be null");
		return new GroupMembers(() -> this.member, ownName);
	}

	@Override
	public Set<String> keyspaces() {
		return this.local.keyspaces();
	}

	@Override
	public void createKeyspace(String keyspace) {
		RaftMember current = this.member;
		if (current == null) {
			this.local.createKeyspace(keyspace);
		}
		else {
			current.submit(LogEntry.createKeyspace(keyspace));
		}
	}

	@Override
	public void dropKeyspace(String keyspace) {
		RaftMember current = this.member;
		if (current == null) {
			this.local.dropKeyspace(keyspace);
		}
		else {
			current.submit(LogEntry.dropKeyspace(keyspace));
		}
	}

	@Override
	public byte @Nullable [] get(String keyspace, byte[] key) {
		return this.local.get(keyspace, key);
	}

	@Override
	public void write(WriteBatch batch, boolean sync) {
		RaftMember current = this.member;
		if (current == null) {
			this.local.write(batch, sync);
		}
		else if (!batch.isEmpty()) {
			current.submit(LogEntry.write(batch));
		}
	}

	@Override
	public Snapshot snapshot() {
		return this.local.snapshot();
	}

	@Override
	public long approximateSize(String keyspace) {
		return this.local.approximateSize(keyspace);
	}

	@Override
	public void sync() {
		this.local.sync();
	}

	@Override
	public SyncStatistics syncStatistics() {
		return this.local.syncStatistics();
	}

	@Override
	public boolean isPersistent() {
		return this.local.isPersistent();
	}

	@Override
	public void checkpoint(Path directory) {
		this.local.checkpoint(directory);
	}

	@Override
	public Checkpoint openCheckpoint(Path directory) {
		return this.local.openCheckpoint(directory);
	}

	/** Leaves the group, then closes the local store. */
	@Override
	public void close() {
		RaftMember current = this.member;
		try {
			if (current != null) {
				current.close();
			}
		}
		finally {
			this.local.close();
		}
	}

}
