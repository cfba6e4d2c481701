package io.quire.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The settings of one member of a replicated group: its id, every member (itself
 * included) with its Raft and driver addresses, and where its Raft log lives. Immutable;
 * an engine opened without them is a single server with no Raft at all.
 */
public final class ClusterOptions {

	private final String nodeId;

	private final List<Peer> peers;

	/** Log entries applied between two snapshots of the store, unless set. */
	public static final long DEFAULT_SNAPSHOT_THRESHOLD = 10_000;

	/** Bytes of one file of the Raft log, unless set. */
	public static final long DEFAULT_LOG_SEGMENT_SIZE = 8L << 20;

	/**
	 * How long a standby waits for the primary's heartbeat before it may stand, unless
	 * set.
	 */
	public static final Duration DEFAULT_ELECTION_TIMEOUT = Duration.ofMillis(500);

	private final @Nullable Path logDirectory;

	private final long snapshotThreshold;

	private final long logSegmentSize;

	private final Duration electionTimeout;

	private ClusterOptions(String nodeId, List<Peer> peers, @Nullable Path logDirectory, long snapshotThreshold,
			long logSegmentSize, Duration electionTimeout) {
		this.nodeId = nodeId;
		this.peers = List.copyOf(peers);
		this.logDirectory = logDirectory;
		this.snapshotThreshold = snapshotThreshold;
		this.logSegmentSize = logSegmentSize;
		this.electionTimeout = electionTimeout;
	}

	/**
	 * Settings for member {@code nodeId} of the group {@code peers}.
	 * @throws IllegalArgumentException if the peers are empty, repeat an id, or do not
	 * include {@code nodeId}
	 */
	public static ClusterOptions of(String nodeId, List<Peer> peers) {
		Objects.requireNonNull(nodeId, "nodeId must not be null");
		Objects.requireNonNull(peers, "peers must not be null");
		if (peers.stream().map(Peer::id).distinct().count() != peers.size()) {
			throw new IllegalArgumentException("peers must not repeat an id: " + peers);
		}
		if (peers.stream().noneMatch((peer) -> peer.id().equals(nodeId))) {
			throw new IllegalArgumentException("peers must include node id '" + nodeId + "': " + peers);
		}
		return new ClusterOptions(nodeId, peers, null, DEFAULT_SNAPSHOT_THRESHOLD, DEFAULT_LOG_SEGMENT_SIZE,
				DEFAULT_ELECTION_TIMEOUT);
	}

	/**
	 * Parses a peer list {@code id=host:raftPort/driverPort,...}, for example
	 * {@code n1=127.0.0.1:29001/28015,n2=127.0.0.1:29002/28016}.
	 * @throws IllegalArgumentException if an entry does not have that form
	 */
	public static List<Peer> parsePeers(String peers) {
		Objects.requireNonNull(peers, "peers must not be null");
		List<Peer> parsed = new ArrayList<>();
		for (String entry : peers.split(",")) {
			if (!entry.isBlank()) {
				parsed.add(Peer.parse(entry.trim()));
			}
		}
		if (parsed.isEmpty()) {
			throw new IllegalArgumentException("peers must not be empty");
		}
		return parsed;
	}

	/**
	 * The same settings with the Raft log in {@code logDirectory}; by default it is the
	 * {@code raft} directory inside the data directory.
	 */
	public ClusterOptions withLogDirectory(Path logDirectory) {
		return new ClusterOptions(this.nodeId, this.peers,
				Objects.requireNonNull(logDirectory, "logDirectory must not be null"), this.snapshotThreshold,
				this.logSegmentSize, this.electionTimeout);
	}

	/**
	 * The same settings with a snapshot of the store taken every {@code entries} applied
	 * log entries (default {@value #DEFAULT_SNAPSHOT_THRESHOLD}); the log is then purged
	 * up to the snapshot but for the last {@code entries}, and a member behind the purged
	 * log catches up from the snapshot.
	 * @throws IllegalArgumentException if {@code entries} is not positive
	 */
	public ClusterOptions withSnapshotThreshold(long entries) {
		if (entries < 1) {
			throw new IllegalArgumentException("snapshot threshold must be positive, was " + entries);
		}
		return new ClusterOptions(this.nodeId, this.peers, this.logDirectory, entries, this.logSegmentSize,
				this.electionTimeout);
	}

	/**
	 * The same settings with Raft log files of about {@code bytes} each (default 8 MB): a
	 * purge removes whole files only, so smaller files free space sooner.
	 * @throws IllegalArgumentException if {@code bytes} is below 1 KB
	 */
	public ClusterOptions withLogSegmentSize(long bytes) {
		if (bytes < 1024) {
			throw new IllegalArgumentException("log segment size must be at least 1024 bytes, was " + bytes);
		}
		return new ClusterOptions(this.nodeId, this.peers, this.logDirectory, this.snapshotThreshold, bytes,
				this.electionTimeout);
	}

	/**
	 * The same settings with standbys that wait between {@code timeout} and twice that
	 * after the primary's last heartbeat before they stand for election (default 500 ms).
	 * Longer rides out pauses of a loaded machine or a long GC without an election;
	 * shorter fails over sooner. The primary sends heartbeats at half the shortest wait.
	 * @throws IllegalArgumentException if {@code timeout} is under 100 ms
	 */
	public ClusterOptions withElectionTimeout(Duration timeout) {
		if (timeout.toMillis() < 100) {
			throw new IllegalArgumentException("election timeout must be at least 100 ms, was " + timeout);
		}
		return new ClusterOptions(this.nodeId, this.peers, this.logDirectory, this.snapshotThreshold,
				this.logSegmentSize, timeout);
	}

	public String nodeId() {
		return this.nodeId;
	}

	public List<Peer> peers() {
		return this.peers;
	}

	/** This member's own entry of {@link #peers()}. */
	public Peer self() {
		return peer(this.nodeId).orElseThrow();
	}

	public Optional<Peer> peer(String id) {
		return this.peers.stream().filter((peer) -> peer.id().equals(id)).findFirst();
	}

	/** Where the Raft log lives, empty for the default inside the data directory. */
	public Optional<Path> logDirectory() {
		return Optional.ofNullable(this.logDirectory);
	}

	/** Applied log entries between two snapshots of the store. */
	public long snapshotThreshold() {
		return this.snapshotThreshold;
	}

	/** The size in bytes of one Raft log file. */
	public long logSegmentSize() {
		return this.logSegmentSize;
	}

	/**
	 * The shortest wait for the primary's heartbeat before a standby stands for election.
	 */
	public Duration electionTimeout() {
		return this.electionTimeout;
	}

	@Override
	public String toString() {
		return "ClusterOptions[nodeId=" + this.nodeId + ", peers=" + this.peers + ", snapshotThreshold="
				+ this.snapshotThreshold + ", electionTimeout=" + this.electionTimeout + "]";
	}

	/**
	 * One member of the group.
	 *
	 * @param id the member's id, unique in the group
	 * @param host the host its Raft port and driver port listen on
	 * @param raftPort where the other members reach its Raft server
	 * @param driverPort where clients reach it, named in the error a standby gives a
	 * write
	 */
	public record Peer(String id, String host, int raftPort, int driverPort) {

		public Peer {
			Objects.requireNonNull(id, "id must not be null");
			Objects.requireNonNull(host, "host must not be null");
			if (id.isBlank() || host.isBlank()) {
				throw new IllegalArgumentException("id and host must not be blank");
			}
			checkPort(raftPort, "raftPort");
			checkPort(driverPort, "driverPort");
		}

		static Peer parse(String entry) {
			int equals = entry.indexOf('=');
			int colon = entry.lastIndexOf(':');
			int slash = entry.lastIndexOf('/');
			if (equals <= 0 || colon < equals || slash < colon) {
				throw new IllegalArgumentException(
						"peer '" + entry + "' must read id=host:raftPort/driverPort, e.g. n1=127.0.0.1:29001/28015");
			}
			try {
				return new Peer(entry.substring(0, equals), entry.substring(equals + 1, colon),
						Integer.parseInt(entry.substring(colon + 1, slash)),
						Integer.parseInt(entry.substring(slash + 1)));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("peer '" + entry + "' has a port that is not a number", ex);
			}
		}

		/**
		 * The member's server id in the system tables: made from its id, so that every
		 * member names it alike.
		 */
		public UUID serverId() {
			return UUID.nameUUIDFromBytes(("quire-member:" + this.id).getBytes(StandardCharsets.UTF_8));
		}

		/** {@code host:raftPort}. */
		public String raftAddress() {
			return this.host + ":" + this.raftPort;
		}

		/** {@code host:driverPort}. */
		public String driverAddress() {
			return this.host + ":" + this.driverPort;
		}

		private static void checkPort(int port, String name) {
			if (port < 1 || port > 65535) {
				throw new IllegalArgumentException(name + " must be between 1 and 65535, was " + port);
			}
		}

	}

}
