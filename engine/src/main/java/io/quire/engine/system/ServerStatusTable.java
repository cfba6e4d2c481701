package io.quire.engine.system;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.engine.QuerySession;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Times;
import org.jspecify.annotations.Nullable;

/**
 * {@code server_status}: the one row of this server, {@code {id, name, process: {argv,
 * cache_size_mb, pid, time_started, version}, network: {canonical_addresses,
 * cluster_port, connected_to, hostname, http_admin_port, reql_port, time_connected}}}. A
 * member of a replicated group shows a row per member with three more fields,
 * {@code role} ({@code primary} or {@code standby}), {@code reachable} (whether it, or on
 * a standby the primary, heard from that member lately; its own {@code connected_to} says
 * the same per name) and {@code lag} ({@code {entries, since_heard_ms}}: committed log
 * entries the member has not confirmed or applied yet, and milliseconds since it last
 * answered, each {@code null} when unknown); what it cannot know of another member's
 * process is {@code null}. Read-only.
 */
public final class ServerStatusTable implements SystemTable {

	private static final double MEGABYTE = 1024.0 * 1024.0;

	private final ServerState server;

	private final ServerNetwork network;

	public ServerStatusTable(ServerState server, ServerNetwork network) {
		this.server = server;
		this.network = network;
	}

	@Override
	public String name() {
		return "server_status";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		List<Member> members = this.server.members().list();
		if (members.isEmpty()) {
			return List.of(Datums.object("id", this.server.id().toString(), "name", this.server.catalog().serverName(),
					"network", network(Datums.object()), "process", process()));
		}
		return members.stream().map((member) -> row(member, members)).toList();
	}

	private Map<String, Object> row(Member member, List<Member> members) {
		Map<String, Object> row = member.self()
				? Datums.object("id", this.server.id().toString(), "name", member.name(), "network",
						network(connectedTo(members)), "process", process())
				: Datums.object("id", member.id().toString(), "name", member.name(), "network", remoteNetwork(member),
						"process", null);
		row.put("lag", lag(member));
		row.put("reachable", member.reachable());
		row.put("role", member.role());
		return row;
	}

	/** How far behind the member is; each part {@code null} when unknown. */
	private static Map<String, Object> lag(Member member) {
		return Datums.object("entries", (member.lagEntries() >= 0) ? (double) member.lagEntries() : null,
				"since_heard_ms", (member.heardMillisAgo() >= 0) ? (double) member.heardMillisAgo() : null);
	}

	private static Map<String, Object> connectedTo(List<Member> members) {
		Map<String, Object> connected = Datums.object();
		members.stream()
			.filter((member) -> !member.self())
			.forEach((member) -> connected.put(member.name(), member.reachable()));
		return connected;
	}

	private static Map<String, Object> remoteNetwork(Member member) {
		double raftPort = member.raftPort();
		return Datums.object("canonical_addresses", List.of(Datums.object("host", member.host(), "port", raftPort)),
				"cluster_port", raftPort, "connected_to", Datums.object(), "hostname", member.host(), "http_admin_port",
				null, "reql_port", (double) member.driverPort(), "time_connected", null);
	}

	private Map<String, Object> process() {
		ProcessHandle.Info info = ProcessHandle.current().info();
		List<Object> argv = new ArrayList<>();
		info.command().ifPresent(argv::add);
		info.arguments().ifPresent((arguments) -> argv.addAll(List.of(arguments)));
		return Datums.object("argv", argv, "cache_size_mb", cacheSizeMegabytes(), "pid",
				(double) ProcessHandle.current().pid(), "time_started", Times.time(this.server.startedAt()), "version",
				this.server.version());
	}

	/**
	 * The configured cache size, or for {@code "auto"} RethinkDB's rule: half of the free
	 * memory above 1 GiB, at least 100 MB.
	 */
	private double cacheSizeMegabytes() {
		Object configured = ServerConfigTable.stored(this.server).get("cache_size_mb");
		if (configured instanceof Double megabytes) {
			return megabytes;
		}
		double free = (ManagementFactory
			.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
					? os.getFreeMemorySize() / MEGABYTE : Runtime.getRuntime().freeMemory() / MEGABYTE;
		return Math.max(100, Math.floor((free - 1024) / 2));
	}

	private Map<String, Object> network(Map<String, Object> connectedTo) {
		List<Object> addresses = new ArrayList<>();
		for (String host : this.network.canonicalAddresses()) {
			addresses.add(Datums.object("host", host, "port", port(this.network.clusterPort())));
		}
		return Datums.object("canonical_addresses", addresses, "cluster_port", port(this.network.clusterPort()),
				"connected_to", connectedTo, "hostname", this.network.hostname(), "http_admin_port",
				port(this.network.httpAdminPort()), "reql_port", port(this.network.reqlPort()), "time_connected",
				Times.time(this.network.timeConnected()));
	}

	private static @Nullable Object port(@Nullable Integer port) {
		return (port != null) ? (Object) port.doubleValue() : null;
	}

}
