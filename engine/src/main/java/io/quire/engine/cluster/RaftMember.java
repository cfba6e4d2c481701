package io.quire.engine.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.quire.engine.ClusterOptions;
import io.quire.engine.NotPrimaryException;
import io.quire.engine.QueryException;
import io.quire.engine.storage.Storage;
import io.quire.engine.system.Member;
import io.quire.protocol.ErrorType;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.grpc.GrpcConfigKeys;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftClientRequest;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.DivisionInfo;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.thirdparty.com.google.protobuf.ByteString;
import org.apache.ratis.util.SizeInBytes;
import org.apache.ratis.util.TimeDuration;

/**
 * This process's member of the Raft group: a Ratis server whose state machine is the
 * local store. It proposes entries straight to the local server (no client hop) and waits
 * until a majority committed them and this member applied them.
 */
final class RaftMember implements AutoCloseable {

	/** Every Quire group has this id; one process serves one group. */
	private static final RaftGroupId GROUP = RaftGroupId
		.valueOf(UUID.nameUUIDFromBytes("quire".getBytes(StandardCharsets.UTF_8)));

	/** How long a write waits for a majority before it is reported indeterminate. */
	private static final long WRITE_TIMEOUT_SECONDS = 10;

	private final ClusterOptions options;

	private final RaftServer server;

	private final ClientId client = ClientId.randomId();

	private final AtomicLong calls = new AtomicLong();

	/** How long a majority read waits for the others to confirm this member leads. */
	private static final long READ_TIMEOUT_SECONDS = 5;

	private RaftMember(ClusterOptions options, Path logDirectory, Storage store, MemberEvents events)
			throws IOException {
		this.options = options;
		this.server = RaftServer.newBuilder()
			.setServerId(RaftPeerId.valueOf(options.nodeId()))
			.setGroup(RaftGroup.valueOf(GROUP, peers(options.peers())))
			.setStateMachine(new StoreStateMachine(store, this.client, events, this::isLeader))
			.setProperties(properties(options, logDirectory))
			// RECOVER reopens the log of an earlier start and formats a directory that
			// has none
			.setOption(RaftStorage.StartupOption.RECOVER)
			.build();
	}

	/**
	 * Starts this member: it joins the group's elections and replays its log.
	 * @param events what the engine is told as this member follows the log
	 */
	static RaftMember start(ClusterOptions options, Path logDirectory, Storage store, MemberEvents events) {
		try {
			RaftMember member = new RaftMember(options, logDirectory, store, events);
			member.server.start();
			return member;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Raft member " + options.nodeId() + ": " + ex.getMessage(), ex);
		}
	}

	private static List<RaftPeer> peers(List<ClusterOptions.Peer> peers) {
		return peers.stream()
			.map((peer) -> RaftPeer.newBuilder().setId(peer.id()).setAddress(peer.raftAddress()).build())
			.toList();
	}

	private static RaftProperties properties(ClusterOptions options, Path logDirectory) {
		ClusterOptions.Peer self = options.self();
		RaftProperties properties = new RaftProperties();
		GrpcConfigKeys.Server.setHost(properties, self.host());
		GrpcConfigKeys.Server.setPort(properties, self.raftPort());
		RaftServerConfigKeys.setStorageDir(properties, List.of(logDirectory.toFile()));
		// A standby starts an election 0.5 to 1 s after the primary's last heartbeat:
		// above Ratis' 150 to 300 ms, which a loaded machine's pauses would turn into
		// needless elections, and low enough to have a new primary in about 2 s.
		RaftServerConfigKeys.Rpc.setTimeoutMin(properties, TimeDuration.valueOf(500, TimeUnit.MILLISECONDS));
		RaftServerConfigKeys.Rpc.setTimeoutMax(properties, TimeDuration.valueOf(1, TimeUnit.SECONDS));
		// read requests (majority reads) go through Raft's read index: the leader
		// confirms with a majority that it still leads before answering
		RaftServerConfigKeys.Read.setOption(properties, RaftServerConfigKeys.Read.Option.LINEARIZABLE);
		RaftServerConfigKeys.Read.setTimeout(properties, TimeDuration.valueOf(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS));
		compaction(properties, options);
		return properties;
	}

	/**
	 * A snapshot of the store every so many applied entries, then the log purged up to it
	 * even if a member is behind, but for as many entries again: a member briefly behind
	 * catches up from the log, one further behind gets the snapshot instead.
	 */
	private static void compaction(RaftProperties properties, ClusterOptions options) {
		RaftServerConfigKeys.Snapshot.setAutoTriggerEnabled(properties, true);
		RaftServerConfigKeys.Snapshot.setAutoTriggerThreshold(properties, options.snapshotThreshold());
		RaftServerConfigKeys.Log.setPurgeUptoSnapshotIndex(properties, true);
		RaftServerConfigKeys.Log.setPurgeGap(properties, (int) Math.min(options.snapshotThreshold(), 1024));
		RaftServerConfigKeys.Log.setPurgePreservationLogNum(properties, options.snapshotThreshold());
		RaftServerConfigKeys.Log.setSegmentSizeMax(properties, SizeInBytes.valueOf(options.logSegmentSize()));
		RaftServerConfigKeys.Log.Appender.setInstallSnapshotEnabled(properties, true);
	}

	/**
	 * Commits an entry on a majority and applies it here.
	 * @throws QueryException OP_FAILED on a standby (naming the primary) or if the group
	 * refused the entry, OP_INDETERMINATE if no majority answered in time
	 */
	void submit(LogEntry entry) {
		if (!info().isLeader()) {
			throw standby();
		}
		RaftClientReply reply = await(
				request(Message.valueOf(ByteString.copyFrom(entry.encode())), RaftClientRequest.writeRequestType()));
		if (reply.getNotLeaderException() != null) {
			throw standby();
		}
		if (!reply.isSuccess()) {
			throw QueryException.opFailed("The write was not replicated: " + reply.getException().getMessage());
		}
	}

	/**
	 * Confirms with a majority (Raft's read index) that this member still leads, and
	 * waits until it applied every entry committed so far, so that a read of the local
	 * store that follows sees every acknowledged write.
	 * @throws QueryException OP_FAILED on a standby (naming the primary) or when no
	 * majority confirmed within the read timeout
	 */
	void confirmLeadership() {
		if (!info().isLeader()) {
			throw standby("read");
		}
		RaftClientReply reply;
		try {
			reply = this.server.submitClientRequestAsync(request(Message.EMPTY, RaftClientRequest.readRequestType()))
				.get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException | ExecutionException | IOException ex) {
			throw unconfirmed();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unconfirmed();
		}
		if (reply.getNotLeaderException() != null) {
			throw standby("read");
		}
		if (!reply.isSuccess()) {
			throw unconfirmed();
		}
	}

	private QueryException unconfirmed() {
		return QueryException.opFailed("Cannot perform read with read_mode `majority`: server `" + this.options.nodeId()
				+ "` could not confirm with a majority of the group within " + READ_TIMEOUT_SECONDS
				+ "s that it is still the primary. Use read_mode `outdated` to read this server's data anyway.");
	}

	private RaftClientRequest request(Message message, RaftClientRequest.Type type) {
		return RaftClientRequest.newBuilder()
			.setClientId(this.client)
			.setServerId(this.server.getId())
			.setGroupId(GROUP)
			.setCallId(this.calls.incrementAndGet())
			.setMessage(message)
			.setType(type)
			.build();
	}

	private RaftClientReply await(RaftClientRequest request) {
		try {
			return this.server.submitClientRequestAsync(request).get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			throw QueryException.runtime(ErrorType.OP_INDETERMINATE, "No majority confirmed the write within "
					+ WRITE_TIMEOUT_SECONDS + "s; it may or may not have been applied.");
		}
		catch (ExecutionException | IOException ex) {
			throw QueryException.runtime(ErrorType.OP_INDETERMINATE, "The write may or may not have been applied: "
					+ ((ex.getCause() != null) ? ex.getCause() : ex).getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw QueryException.runtime(ErrorType.OP_INDETERMINATE, "Interrupted while the write was replicated.");
		}
	}

	private NotPrimaryException standby() {
		return standby("write");
	}

	private NotPrimaryException standby(String operation) {
		String self = this.options.nodeId();
		return primary().filter((peer) -> !peer.id().equals(self))
			.map((peer) -> NotPrimaryException.primaryIs(operation, self, peer.id(), peer.driverAddress()))
			.orElseGet(() -> NotPrimaryException.noPrimary(operation, self));
	}

	/** Whether this member leads the group and may take writes now. */
	boolean isPrimary() {
		DivisionInfo info = info();
		return info.isLeader() && info.isLeaderReady();
	}

	/** Whether this member leads the group; false when that cannot be told (closing). */
	private boolean isLeader() {
		try {
			return info().isLeader();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** The member that leads the group as far as this member knows. */
	Optional<ClusterOptions.Peer> primary() {
		RaftPeerId leader = info().getLeaderId();
		return (leader != null) ? this.options.peer(leader.toString()) : Optional.empty();
	}

	/** Every member, with its role and whether this member heard from it lately. */
	List<Member> members(String ownName) {
		return MemberReachability.members(this.options, info(), ownName);
	}

	private DivisionInfo info() {
		try {
			return this.server.getDivision(GROUP).getInfo();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
