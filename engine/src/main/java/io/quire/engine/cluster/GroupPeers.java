package io.quire.engine.cluster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.quire.engine.ClusterOptions;
import org.apache.ratis.protocol.RaftPeer;

/**
 * Converts members between Quire's {@link ClusterOptions.Peer} and Ratis'
 * {@link RaftPeer}. A member's driver address travels as the Raft peer's client address,
 * so every member learns it from the group's configuration (the log), not only from its
 * own {@code peers} setting; Quire never sends Ratis client requests to that address.
 */
final class GroupPeers {

	private GroupPeers() {
	}

	static RaftPeer raftPeer(ClusterOptions.Peer peer) {
		return RaftPeer.newBuilder()
			.setId(peer.id())
			.setAddress(peer.raftAddress())
			.setClientAddress(peer.driverAddress())
			.build();
	}

	static List<RaftPeer> raftPeers(Collection<ClusterOptions.Peer> peers) {
		return peers.stream().map(GroupPeers::raftPeer).toList();
	}

	/**
	 * The member a Raft peer of the configuration stands for. A configuration written
	 * before driver addresses travelled with it has none: then the {@code peers}
	 * setting's entry of the same id gives it, and a peer known by neither is empty.
	 */
	static Optional<ClusterOptions.Peer> peer(RaftPeer raft, ClusterOptions options) {
		String id = raft.getId().toString();
		Optional<ClusterOptions.Peer> configured = options.peer(id);
		String address = raft.getAddress();
		int colon = (address != null) ? address.lastIndexOf(':') : -1;
		if (colon <= 0) {
			return configured;
		}
		String host = address.substring(0, colon);
		int raftPort = Integer.parseInt(address.substring(colon + 1));
		Optional<Integer> driverPort = port(raft.getClientAddress());
		if (driverPort.isEmpty()) {
			driverPort = configured.map(ClusterOptions.Peer::driverPort);
		}
		return driverPort.map((port) -> new ClusterOptions.Peer(id, host, raftPort, port));
	}

	private static Optional<Integer> port(String address) {
		int colon = (address != null) ? address.lastIndexOf(':') : -1;
		return (colon > 0) ? Optional.of(Integer.parseInt(address.substring(colon + 1))) : Optional.empty();
	}

	/** Every member of the configuration that can be told apart, in its order. */
	static List<ClusterOptions.Peer> peers(Collection<RaftPeer> conf, ClusterOptions options) {
		return conf.stream().map((raft) -> peer(raft, options)).flatMap(Optional::stream).toList();
	}

	/** The same peer without the client address, for Quire's own Ratis admin client. */
	static RaftPeer adminPeer(RaftPeer peer) {
		return RaftPeer.newBuilder().setId(peer.getId()).setAddress(peer.getAddress()).build();
	}

}
