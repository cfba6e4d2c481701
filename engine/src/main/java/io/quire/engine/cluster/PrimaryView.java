package io.quire.engine.cluster;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.ratis.client.RaftClient;
import org.apache.ratis.client.RaftClientConfigKeys;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.GroupInfoReply;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.retry.RetryPolicies;
import org.apache.ratis.util.TimeDuration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A standby's copy of the primary's {@link GroupReport}, asked for every second with a
 * Ratis group-info call to the primary on a thread of its own, so that a standby reports
 * the other standbys as the primary sees them without a read ever waiting on the network.
 * A copy older than {@link #STALE_MILLIS} or of another primary is not used.
 */
final class PrimaryView implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(PrimaryView.class);

	private static final long PERIOD_MILLIS = 1000;

	static final long STALE_MILLIS = 3000;

	private final RaftGroupId group;

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread asker = new Thread(task, "quire-primary-view");
		asker.setDaemon(true);
		return asker;
	});

	private volatile @Nullable Copy copy;

	/**
	 * Whether the last primary asked left this member out of its group, until one
	 * includes it.
	 */
	private volatile boolean leftOut;

	/** Used on {@link #thread} only. */
	private @Nullable RaftClient client;

	private @Nullable RaftPeer clientPeer;

	private final RaftPeerId self;

	PrimaryView(RaftGroupId group, RaftPeerId self) {
		this.group = group;
		this.self = self;
	}

	/**
	 * Asks every second, while this member is a standby that knows the primary.
	 * @param primary the primary to ask, empty on the primary itself or while none is
	 * known
	 * @param afterEachRound run after every round, asked or not
	 */
	void start(Supplier<Optional<RaftPeer>> primary, Runnable afterEachRound) {
		this.thread.scheduleWithFixedDelay(() -> tick(primary, afterEachRound), 0, PERIOD_MILLIS,
				TimeUnit.MILLISECONDS);
	}

	/** One round; a failure must not end the schedule. */
	private void tick(Supplier<Optional<RaftPeer>> primary, Runnable afterEachRound) {
		try {
			primary.get().ifPresent(this::ask);
		}
		catch (RuntimeException ex) {
			logger.debug("Could not find the primary to ask", ex);
		}
		try {
			afterEachRound.run();
		}
		catch (RuntimeException ex) {
			logger.warn("A check after asking the primary failed", ex);
		}
	}

	/**
	 * Whether the primary last asked no longer has this member in its group: it was
	 * removed while it did not take part (stopped, or cut off).
	 */
	boolean leftOut() {
		return this.leftOut;
	}

	/** The primary's latest report, if recent and from that primary. */
	Optional<GroupReport> report(RaftPeer primary) {
		Copy current = this.copy;
		return (current != null && current.of(primary) && current.age() <= STALE_MILLIS) ? Optional.of(current.report())
				: Optional.empty();
	}

	private void ask(RaftPeer primary) {
		try {
			GroupInfoReply reply = client(primary).getGroupManagementApi(primary.getId()).info(this.group);
			this.leftOut = reply.getGroup().getPeer(this.self) == null;
			this.copy = new Copy(primary.getId().toString(), System.nanoTime(), GroupReport.of(reply.getRoleInfoProto(),
					reply.getCommitInfos(), reply.getLogInfoProto().getCommitted().getIndex()));
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Could not ask primary {} for its view of the group", primary.getId(), ex);
			closeQuietly();
		}
	}

	private RaftClient client(RaftPeer primary) throws IOException {
		RaftPeer peer = GroupPeers.adminPeer(primary);
		if (this.client != null && peer.equals(this.clientPeer)) {
			return this.client;
		}
		closeClient();
		RaftProperties properties = new RaftProperties();
		RaftClientConfigKeys.Rpc.setRequestTimeout(properties, TimeDuration.valueOf(1, TimeUnit.SECONDS));
		this.client = RaftClient.newBuilder()
			.setProperties(properties)
			.setClientId(ClientId.randomId())
			.setRaftGroup(RaftGroup.valueOf(this.group, peer))
			.setRetryPolicy(RetryPolicies.noRetry())
			.build();
		this.clientPeer = peer;
		return this.client;
	}

	private void closeQuietly() {
		try {
			closeClient();
		}
		catch (IOException ex) {
			logger.debug("Closing the client to the primary failed", ex);
		}
	}

	private void closeClient() throws IOException {
		if (this.client != null) {
			this.client.close();
			this.client = null;
		}
	}

	@Override
	public void close() {
		try {
			this.thread.submit(() -> {
				closeClient();
				return null;
			}).get(5, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException | RejectedExecutionException ex) {
			logger.debug("Closing the client to the primary failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.thread.shutdownNow();
	}

	/** A report and when it came, from the primary of that id. */
	private record Copy(String primary, long receivedNanos, GroupReport report) {

		boolean of(RaftPeer peer) {
			return this.primary.equals(peer.getId().toString());
		}

		long age() {
			return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - this.receivedNanos);
		}

	}

}
