package io.quire.engine.cluster;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.ratis.client.RaftClient;
import org.apache.ratis.client.RaftClientConfigKeys;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.GroupInfoReply;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.retry.RetryPolicies;
import org.apache.ratis.util.TimeDuration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A standby's copy of the primary's {@link GroupReport}, asked for with a Ratis
 * group-info call to the primary on a thread of its own and kept about a second, so that
 * a standby reports the other standbys as the primary sees them. A read of the system
 * tables waits at most {@link #WAIT_MILLIS} for a fresh copy; a copy older than
 * {@link #STALE_MILLIS} or of another primary is not used.
 */
final class PrimaryView implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(PrimaryView.class);

	private static final long FRESH_MILLIS = 1000;

	static final long STALE_MILLIS = 5000;

	static final long WAIT_MILLIS = 300;

	private final RaftGroupId group;

	private final ExecutorService thread = Executors.newSingleThreadExecutor((task) -> {
		Thread asker = new Thread(task, "quire-primary-view");
		asker.setDaemon(true);
		return asker;
	});

	private final AtomicReference<@Nullable CompletableFuture<Void>> asking = new AtomicReference<>();

	private volatile @Nullable Copy copy;

	/** Used on {@link #thread} only. */
	private @Nullable RaftClient client;

	private @Nullable RaftPeer clientPeer;

	PrimaryView(RaftGroupId group) {
		this.group = group;
	}

	/** The primary's report, asked for again when older than a second. */
	Optional<GroupReport> report(RaftPeer primary) {
		Copy current = this.copy;
		if (current == null || !current.of(primary) || current.age() > FRESH_MILLIS) {
			CompletableFuture<Void> refresh = refresh(primary);
			if (current == null || !current.of(primary) || current.age() > STALE_MILLIS) {
				awaitQuietly(refresh);
			}
			current = this.copy;
		}
		return (current != null && current.of(primary) && current.age() <= STALE_MILLIS) ? Optional.of(current.report())
				: Optional.empty();
	}

	private CompletableFuture<Void> refresh(RaftPeer primary) {
		CompletableFuture<Void> running = this.asking.get();
		if (running != null && !running.isDone()) {
			return running;
		}
		try {
			CompletableFuture<Void> next = CompletableFuture.runAsync(() -> ask(primary), this.thread);
			this.asking.set(next);
			return next;
		}
		catch (RejectedExecutionException closed) {
			return CompletableFuture.completedFuture(null);
		}
	}

	private static void awaitQuietly(CompletableFuture<Void> refresh) {
		try {
			refresh.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			logger.debug("No fresh report from the primary", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void ask(RaftPeer primary) {
		try {
			GroupInfoReply reply = client(primary).getGroupManagementApi(primary.getId()).info(this.group);
			this.copy = new Copy(primary.getId().toString(), System.nanoTime(), GroupReport.of(reply.getRoleInfoProto(),
					reply.getCommitInfos(), reply.getLogInfoProto().getCommitted().getIndex()));
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Could not ask primary {} for its view of the group", primary.getId(), ex);
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
