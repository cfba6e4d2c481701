package io.quire.engine.system;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.engine.QuerySession;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Times;

/**
 * {@code logs}: the server's recent log entries, {@code {id: [timestamp, server id],
 * server, timestamp, uptime, level, message}} as RethinkDB shows them. Read-only.
 */
final class LogsTable implements SystemTable {

	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnn")
		.withZone(ZoneOffset.UTC);

	private final ServerState server;

	LogsTable(ServerState server) {
		this.server = server;
	}

	@Override
	public String name() {
		return "logs";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		ServerLog log = this.server.log();
		String serverId = this.server.id().toString();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ServerLog.Entry entry : log.entries()) {
			double uptime = Duration.between(log.started(), entry.timestamp()).toNanos() / 1e9;
			rows.add(Datums.object("id", List.of(ID_TIME.format(entry.timestamp()), serverId), "level",
					entry.level().text(), "message", entry.message(), "server", this.server.catalog().serverName(),
					"timestamp", Times.time(entry.timestamp()), "uptime", Math.max(0, uptime)));
		}
		return rows;
	}

}
