package io.quire.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quire.engine.ClusterOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * Settings of a replicated group, bound from {@code quire.server.cluster.*}. Without a
 * node id and peers the server is a single server and starts no Raft at all.
 */
public class ClusterProperties {

	/**
	 * This member's id, one of the ids in peers.
	 */
	private @Nullable String nodeId;

	/**
	 * Every member of the group, this one included, as id=host:raftPort/driverPort
	 * separated by commas, e.g. n1=127.0.0.1:29001/28015,n2=127.0.0.1:29002/28016.
	 */
	private @Nullable String peers;

	/**
	 * The port this member's Raft server listens on; when set it must be the raft port
	 * its own peers entry gives.
	 */
	private @Nullable Integer raftPort;

	/**
	 * Directory of the Raft log; by default 'raft' inside the data directory.
	 */
	private @Nullable Path dataDir;

	/**
	 * Applied log entries between two snapshots of the store; after a snapshot the Raft
	 * log is purged up to it, and a member behind the purged log catches up from it.
	 */
	private long snapshotThreshold = ClusterOptions.DEFAULT_SNAPSHOT_THRESHOLD;

	/**
	 * How long a standby waits for the primary's heartbeat before it stands for election
	 * (a random wait between this and twice this); at least 100ms. Longer rides out
	 * pauses of a loaded machine, shorter fails over sooner.
	 */
	private Duration electionTimeout = ClusterOptions.DEFAULT_ELECTION_TIMEOUT;

	public @Nullable String getNodeId() {
		return this.nodeId;
	}

	public void setNodeId(@Nullable String nodeId) {
		this.nodeId = nodeId;
	}

	public @Nullable String getPeers() {
		return this.peers;
	}

	public void setPeers(@Nullable String peers) {
		this.peers = peers;
	}

	public @Nullable Integer getRaftPort() {
		return this.raftPort;
	}

	public void setRaftPort(@Nullable Integer raftPort) {
		this.raftPort = raftPort;
	}

	public @Nullable Path getDataDir() {
		return this.dataDir;
	}

	public void setDataDir(@Nullable Path dataDir) {
		this.dataDir = dataDir;
	}

	public long getSnapshotThreshold() {
		return this.snapshotThreshold;
	}

	public void setSnapshotThreshold(long snapshotThreshold) {
		this.snapshotThreshold = snapshotThreshold;
	}

	public Duration getElectionTimeout() {
		return this.electionTimeout;
	}

	public void setElectionTimeout(Duration electionTimeout) {
		this.electionTimeout = electionTimeout;
	}

	/** The engine's settings, empty when no group is configured. */
	Optional<ClusterOptions> toOptions() {
		if (this.nodeId == null || this.peers == null) {
			return Optional.empty();
		}
		List<ClusterOptions.Peer> parsed = ClusterOptions.parsePeers(this.peers);
		ClusterOptions options = ClusterOptions.of(this.nodeId, parsed)
			.withSnapshotThreshold(this.snapshotThreshold)
			.withElectionTimeout(this.electionTimeout);
		return Optional.of((this.dataDir != null) ? options.withLogDirectory(this.dataDir) : options);
	}

	void validate(Errors errors) {
		if (this.snapshotThreshold < 1) {
			errors.rejectValue("cluster.snapshotThreshold", "invalid", "must be positive");
			return;
		}
		if (this.electionTimeout.toMillis() < 100) {
			errors.rejectValue("cluster.electionTimeout", "invalid", "must be at least 100ms");
			return;
		}
		if ((this.nodeId == null) != (this.peers == null)) {
			errors.rejectValue((this.nodeId == null) ? "cluster.nodeId" : "cluster.peers", "required",
					"quire.server.cluster.node-id and quire.server.cluster.peers must be set together");
			return;
		}
		try {
			toOptions().ifPresent((options) -> rejectOtherRaftPort(errors, options));
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("cluster.peers", "invalid", ex.getMessage());
		}
	}

	private void rejectOtherRaftPort(Errors errors, ClusterOptions options) {
		if (this.raftPort != null && this.raftPort != options.self().raftPort()) {
			errors.rejectValue("cluster.raftPort", "mismatch", "must be " + options.self().raftPort()
					+ ", the raft port of '" + options.nodeId() + "' in quire.server.cluster.peers");
		}
	}

}
