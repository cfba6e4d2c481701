package io.quire.driver.internal;

import java.util.ArrayList;
import java.util.List;

import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import io.quire.driver.ServerInfo;
import org.jspecify.annotations.Nullable;

/**
 * What the connections of one factory (a pool's included) learned about the cluster
 * behind their hosts: the members a server listed in SERVER_INFO, and the primary a
 * standby named when it refused an operation. Thread-safe; a new connection (or one that
 * re-routes) tries the hosts in the order {@link #candidates()} gives.
 */
public final class ClusterView {

	private final ConnectionOptions options;

	private volatile List<ServerInfo.Member> members = List.of();

	private volatile @Nullable HostAndPort namedPrimary;

	public ClusterView(ConnectionOptions options) {
		this.options = options;
	}

	/** Remember the members a server listed; a server that lists none changes nothing. */
	void learn(ServerInfo info) {
		if (!info.members().isEmpty()) {
			this.members = info.members();
		}
	}

	/** Remember the primary a standby named, tried first by connections that admit it. */
	void primaryNamed(@Nullable HostAndPort primary) {
		if (primary != null) {
			this.namedPrimary = primary;
		}
	}

	/** Stop trying {@code host} first after it could not be reached. */
	void unreachable(HostAndPort host) {
		if (host.equals(this.namedPrimary)) {
			this.namedPrimary = null;
		}
	}

	/** The members last learned, empty if no server listed any. */
	public List<ServerInfo.Member> members() {
		return this.members;
	}

	/**
	 * The servers to try, in order: the primary a standby named (when
	 * {@code target_session_attrs} admit a primary), the hosts given, then the members
	 * learned that are not among them.
	 */
	List<HostAndPort> candidates() {
		List<HostAndPort> candidates = new ArrayList<>();
		HostAndPort primary = this.namedPrimary;
		if (primary != null && this.options.targetSessionAttrs().accepts(true, false)) {
			candidates.add(primary);
		}
		addAbsent(candidates, this.options.hosts());
		addAbsent(candidates, this.members.stream().map(ServerInfo.Member::address).toList());
		return candidates;
	}

	/**
	 * The known servers: {@code first}, then the members learned, then the hosts given.
	 */
	List<HostAndPort> nodes(HostAndPort first) {
		List<HostAndPort> nodes = new ArrayList<>(List.of(first));
		addAbsent(nodes, this.members.stream().map(ServerInfo.Member::address).toList());
		addAbsent(nodes, this.options.hosts());
		return nodes;
	}

	private static void addAbsent(List<HostAndPort> list, List<HostAndPort> more) {
		more.stream().filter((host) -> !list.contains(host)).forEach(list::add);
	}

}
