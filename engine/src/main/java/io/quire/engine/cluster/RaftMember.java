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
import java.util.function.Function;

import io.quire.engine.ClusterOptions;
import io.quire.engine.NotPrimaryException;
import io.quire.engine.QueryException;
import io.quire.engine.ReadMode;
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
import org.apache.ratis.protocol.SetConfigurationRequest;
import org.apache.ratis.server.DivisionInfo;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.thirdparty.com.google.protobuf.ByteString;
import org.apache.ratis.util.ExitUtils;
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

	private final PrimaryView primaryView;

	private final MemberEvents events;

	/**
	 * What the last membership check found; written by the primary view's thread only.
	 */
	private volatile boolean outOfGroup;

	/** How long a majority read waits for the others to confirm this member leads. */
	private static final long READ_TIMEOUT_SECONDS = 5;

	static {
		// Ratis ends the whole JVM when its gRPC server cannot bind (a Raft port in
		// use); with exits disabled it throws instead, and start() reports it.
		ExitUtils.disableSystemExit();
	}

	private RaftMember(ClusterOptions options, Path logDirectory, Storage store, MemberEvents events)
			throws IOException {
		this.options = options;
		this.events = events;
		this.primaryView = new PrimaryView(GROUP, RaftPeerId.valueOf(options.nodeId()));
		this.server = RaftServer.newBuilder()
			.setServerId(RaftPeerId.valueOf(options.nodeId()))
			.setGroup(RaftGroup.valueOf(GROUP, GroupPeers.raftPeers(options.peers())))
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
		RaftMember member;
		try {
			member = new RaftMember(options, logDirectory, store, events);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Raft member " + options.nodeId() + ": " + ex.getMessage(), ex);
		}
		try {
			member.server.start();
		}
		catch (IOException | ExitUtils.ExitException ex) {
			member.closeQuietly();
			ClusterOptions.Peer self = options.self();
			throw new IllegalStateException("Cannot start Raft member " + options.nodeId() + " on " + self.host() + ":"
					+ self.raftPort() + ": " + rootMessage(ex), ex);
		}
		member.primaryView.start(member::primaryToAsk, member::checkMembership);
		return member;
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

	private void closeQuietly() {
		try {
			this.server.close();
		}
		catch (IOException | RuntimeException ex) {
			// the start failed already; that failure is the one reported
		}
	}

	private static RaftProperties properties(ClusterOptions options, Path logDirectory) {
		ClusterOptions.Peer self = options.self();
		RaftProperties properties = new RaftProperties();
		GrpcConfigKeys.Server.setHost(properties, self.host());
		GrpcConfigKeys.Server.setPort(properties, self.raftPort());
		RaftServerConfigKeys.setStorageDir(properties, List.of(logDirectory.toFile()));
		// A standby starts an election one to two election timeouts after the primary's
		// last heartbeat; the default 0.5 s is above Ratis' 150 ms, which a loaded
		// machine's pauses would turn into needless elections, and low enough to have a
		// new primary in about 2 s.
		long electionMillis = options.electionTimeout().toMillis();
		RaftServerConfigKeys.Rpc.setTimeoutMin(properties, TimeDuration.valueOf(electionMillis, TimeUnit.MILLISECONDS));
		RaftServerConfigKeys.Rpc.setTimeoutMax(properties,
				TimeDuration.valueOf(2 * electionMillis, TimeUnit.MILLISECONDS));
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
	 * Raft's read index: on the primary, confirms with a majority that it still leads; on
	 * a standby, asks the primary for its commit index. Either way, then waits until this
	 * member applied every entry committed so far, so that a read of the local store that
	 * follows sees every acknowledged write.
	 * @throws QueryException OP_FAILED on a primary that no majority confirmed within the
	 * read timeout, or a standby that learned no commit index from a primary in time (a
	 * {@link NotPrimaryException}, so Quire's driver looks for the primary)
	 */
	void readIndex(ReadMode mode) {
		boolean leader = isLeader();
		RaftClientReply reply;
		try {
			reply = this.server.submitClientRequestAsync(request(Message.EMPTY, RaftClientRequest.readRequestType()))
				.get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException | ExecutionException | IOException ex) {
			throw unconfirmed(leader, mode);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unconfirmed(leader, mode);
		}
		if (!reply.isSuccess()) {
			throw unconfirmed(leader && reply.getNotLeaderException() == null, mode);
		}
	}

	private QueryException unconfirmed(boolean leader, ReadMode mode) {
		if (!leader) {
			return standby("read");
		}
		return QueryException
			.opFailed("Cannot perform read with read_mode `" + mode.text() + "`: server `" + this.options.nodeId()
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
	boolean isLeader() {
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
		if (leader == null) {
			return Optional.empty();
		}
		RaftPeer peer = division().getRaftConf().getPeer(leader);
		return (peer != null) ? GroupPeers.peer(peer, this.options) : this.options.peer(leader.toString());
	}

	/**
	 * Whether this member is no longer in the group: its own latest configuration leaves
	 * it out (it took part in its removal), or the primary's does (it was removed while
	 * it was away).
	 */
	boolean isRemoved() {
		boolean inOwn = division().getRaftConf()
			.getCurrentPeers()
			.stream()
			.anyMatch((peer) -> peer.getId().equals(this.server.getId()));
		return !inOwn || this.primaryView.leftOut();
	}

	/**
	 * Whether this member was out of the group's configuration at the last check (about
	 * every second): it refuses user-table reads and has ended its feeds.
	 */
	boolean isOutOfGroup() {
		return this.outOfGroup;
	}

	/**
	 * After each round of the primary view: tells the engine when this member finds
	 * itself out of the group, once per removal.
	 */
	private void checkMembership() {
		boolean out = !isLeader() && isRemoved();
		if (out && !this.outOfGroup) {
			this.events.removed().run();
		}
		this.outOfGroup = out;
	}

	/** The error of every query of a member not in the group that reads a user table. */
	QueryException removed() {
		return QueryException.opFailed("Cannot perform read: server `" + this.options.nodeId()
				+ "` is not a member of the group (it was removed, or is not added yet), so its data is not kept"
				+ " up to date. Stop it, or add it through `rethinkdb.server_config` on the primary.");
	}

	/** The members of the group's current configuration. */
	List<ClusterOptions.Peer> configuration() {
		return GroupPeers.peers(division().getRaftConf().getCurrentPeers(), this.options);
	}

	/**
	 * Every member of the current configuration, with its role, whether it was heard from
	 * lately and how far behind it is.
	 */
	List<Member> members(String ownName) {
		RaftServer.Division division = division();
		DivisionInfo info = division.getInfo();
		long committed = division.getRaftLog().getLastCommittedIndex();
		Optional<GroupReport> report = info.isLeader()
				? Optional.of(GroupReport.of(info.getRoleInfoProto(), division.getCommitInfos(), committed))
				: primaryReport(division, info);
		return new MemberStatus(this.options, info, committed, report).members(configuration(), ownName);
	}

	/** The primary a standby asks for its report; empty on the primary. */
	private Optional<RaftPeer> primaryToAsk() {
		RaftServer.Division division = division();
		RaftPeerId leader = division.getInfo().getLeaderId();
		boolean standby = leader != null && !leader.equals(this.server.getId());
		return standby ? Optional.ofNullable(division.getRaftConf().getPeer(leader)) : Optional.empty();
	}

	private Optional<GroupReport> primaryReport(RaftServer.Division division, DivisionInfo info) {
		RaftPeerId leader = info.getLeaderId();
		RaftPeer peer = (leader != null) ? division.getRaftConf().getPeer(leader) : null;
		return (peer != null) ? this.primaryView.report(peer) : Optional.empty();
	}

	/**
	 * Adds a member: once it caught up from the log, the new configuration is committed.
	 * @throws QueryException OP_FAILED on a standby or for an unsafe change
	 */
	void addMember(ClusterOptions.Peer peer) {
		String what = "add server `" + peer.id() + "` at " + peer.raftAddress()
				+ " (it must be running, with the group's members in its peers)";
		change((current) -> MembershipChange.adding(current, peer), what);
	}

	/**
	 * Removes the member with that server id.
	 * @throws QueryException OP_FAILED on a standby, for an unknown member or the last
	 * one
	 */
	void removeMember(UUID serverId) {
		String name = configuration().stream()
			.filter((peer) -> peer.serverId().equals(serverId))
			.map(ClusterOptions.Peer::id)
			.findFirst()
			.orElse(serverId.toString());
		change((current) -> MembershipChange.removing(current, current.stream()
			.filter((peer) -> peer.serverId().equals(serverId))
			.findFirst()
			.orElseThrow(() -> QueryException.opFailed("Cannot remove server `" + name + "`: it is not a member."))),
				"remove server `" + name + "`");
	}

	/**
	 * Proposes the configuration {@code next} makes of the current one, on condition that
	 * the current one is still the group's when the primary handles it.
	 */
	private void change(Function<List<ClusterOptions.Peer>, List<RaftPeer>> next, String what) {
		if (!info().isLeader()) {
			throw standby("membership change");
		}
		List<RaftPeer> current = List.copyOf(division().getRaftConf().getCurrentPeers());
		List<RaftPeer> proposed = next.apply(GroupPeers.peers(current, this.options));
		SetConfigurationRequest request = new SetConfigurationRequest(this.client, this.server.getId(), GROUP,
				this.calls.incrementAndGet(), MembershipChange.arguments(current, proposed));
		try {
			MembershipChange.await(this.server.setConfigurationAsync(request), what);
		}
		catch (IOException ex) {
			throw MembershipChange.unsent(ex, what);
		}
	}

	private DivisionInfo info() {
		return division().getInfo();
	}

	private RaftServer.Division division() {
		try {
			return this.server.getDivision(GROUP);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.primaryView.close();
		try {
			this.server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
