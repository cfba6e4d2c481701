package io.quire.engine.system;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quire.engine.ConnectionInfo;
import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.datum.Datums;
import io.quire.engine.query.RunningQuery;
import org.jspecify.annotations.Nullable;

/**
 * {@code jobs}: the running queries ({@code type: "query"}) and the open client
 * connections ({@code type: "client_connection"}), each {@code {id: [type, uuid],
 * type, duration_sec, servers, info: {client_address, client_port, user,
 * application_name, query?}}}. Deleting a query's row cancels that query; deleting a
 * connection's row closes it. A caller other than {@code admin} sees only its own jobs.
 */
public final class JobsTable implements SystemTable {

	private static final String ADMIN = "admin";

	private final ServerState server;

	private final ClientConnections connections;

	private final Clock clock;

	public JobsTable(ServerState server, ClientConnections connections) {
		this(server, connections, Clock.systemUTC());
	}

	JobsTable(ServerState server, ClientConnections connections, Clock clock) {
		this.server = server;
		this.connections = connections;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "jobs";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		Instant now = this.clock.instant();
		Map<Long, ConnectionInfo> byId = new HashMap<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ConnectionInfo connection : this.connections.list()) {
			byId.put(connection.id(), connection);
			if (visible(caller, connection.user())) {
				rows.add(row("client_connection", connectionId(connection), connection.connectedAt(), now,
						info(connection.remoteAddress(), connection.user(), connection.applicationName())));
			}
		}
		for (RunningQuery query : this.server.queries().list()) {
			if (visible(caller, query.user())) {
				ConnectionInfo connection = byId.get(query.connectionId());
				Map<String, Object> info = info(query.clientAddress(), query.user(),
						(connection != null) ? connection.applicationName() : null);
				info.put("query", QueryText.of(query.term()));
				rows.add(row("query", queryId(query), query.startedAt(), now, info));
			}
		}
		return rows;
	}

	private static boolean visible(QuerySession caller, String user) {
		return ADMIN.equals(caller.user()) || caller.user().equals(user);
	}

	private Map<String, Object> row(String type, UUID id, Instant started, Instant now, Map<String, Object> info) {
		double seconds = Math.max(0, Duration.between(started, now).toNanos() / 1e9);
		return Datums.object("duration_sec", seconds, "id", List.of(type, id.toString()), "info", info, "servers",
				List.of(this.server.catalog().serverName()), "type", type);
	}

	private static Map<String, Object> info(String address, String user, @Nullable String applicationName) {
		int colon = address.lastIndexOf(':');
		String host = (colon > 0) ? address.substring(0, colon) : address;
		Object port = (colon > 0) ? port(address.substring(colon + 1)) : null;
		return Datums.object("application_name", applicationName, "client_address", host, "client_port", port, "user",
				user);
	}

	private static @Nullable Object port(String text) {
		try {
			return Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private UUID queryId(RunningQuery query) {
		return uuid("query/" + query.connectionId() + "/" + query.token() + "/" + query.startedAt());
	}

	private UUID connectionId(ConnectionInfo connection) {
		return uuid("connection/" + connection.id() + "/" + connection.connectedAt());
	}

	private UUID uuid(String name) {
		return UUID.nameUUIDFromBytes((this.server.id() + "/" + name).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public @Nullable Map<String, Object> write(@Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after, QuerySession caller) {
		if (before == null || after != null) {
			throw QueryException
				.opFailed("The `rethinkdb.jobs` system table only allows deletions, not inserts or updates.");
		}
		Object id = before.get("id");
		for (RunningQuery query : this.server.queries().list()) {
			if (id.equals(List.of("query", queryId(query).toString()))) {
				this.server.queries().cancel(query.connectionId(), query.token());
				return null;
			}
		}
		for (ConnectionInfo connection : this.connections.list()) {
			if (id.equals(List.of("client_connection", connectionId(connection).toString()))) {
				this.connections.close(connection.id());
				return null;
			}
		}
		return null;
	}

}
