package io.quire.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quire.engine.Engine;
import io.quire.engine.QuireServer;
import io.quire.engine.auth.Permission;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Table;

/**
 * What the dashboard and the tables page show of the server: identity, version, uptime,
 * role, data directory and its disk use, and the databases and tables with their counts
 * and sizes, only those tables the user may read.
 */
final class ServerOverview {

	private final QuireServer server;

	ServerOverview(QuireServer server) {
		this.server = server;
	}

	Map<String, Object> describe(String user) {
		Engine engine = this.server.engine();
		Instant startedAt = engine.serverState().startedAt();
		Map<String, Object> overview = new LinkedHashMap<>();
		overview.put("serverName", this.server.serverName());
		overview.put("serverId", this.server.serverId().toString());
		overview.put("version", this.server.version());
		overview.put("role", this.server.serverInfo().get("role"));
		overview.put("startedAt", startedAt.toString());
		overview.put("uptimeSeconds", Duration.between(startedAt, Instant.now()).toSeconds());
		overview.put("driverAddress", this.server.bindAddress() + ":" + this.server.port());
		overview.put("connections", this.server.connections().size());
		overview.put("user", user);
		putDisk(overview);
		putTables(overview, engine, user);
		return overview;
	}

	private void putDisk(Map<String, Object> overview) {
		Path directory = this.server.dataDirectory().orElse(null);
		overview.put("dataDirectory", (directory != null) ? directory.toAbsolutePath().toString() : "in memory");
		if (directory != null) {
			overview.put("diskUsedBytes", bytesUnder(directory));
			overview.put("diskFreeBytes", freeBytes(directory));
		}
	}

	private static void putTables(Map<String, Object> overview, Engine engine, String user) {
		Catalog catalog = engine.catalog();
		List<String> databases = catalog.databaseNames();
		List<Map<String, Object>> tables = new ArrayList<>();
		long documents = 0;
		for (String database : databases) {
			for (String name : catalog.tableNames(database)) {
				if (engine.auth().allowed(user, Permission.READ, database, name)) {
					Map<String, Object> table = describe(catalog.table(database, name));
					documents += (long) table.get("documents");
					tables.add(table);
				}
			}
		}
		overview.put("databaseCount", databases.size());
		overview.put("tableCount", tables.size());
		overview.put("documentCount", documents);
		overview.put("databases", databases);
		overview.put("tables", tables);
	}

	private static Map<String, Object> describe(Table table) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("db", table.database());
		row.put("name", table.name());
		row.put("primaryKey", table.primaryKey());
		row.put("documents", table.count());
		row.put("bytes", table.approximateBytes());
		return row;
	}

	private static long bytesUnder(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(ServerOverview::sizeOf).sum();
		}
		catch (IOException | UncheckedIOException ex) {
			return -1;
		}
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			// a RocksDB file removed by a compaction while we walk
			return 0;
		}
	}

	private static long freeBytes(Path directory) {
		try {
			return Files.getFileStore(directory).getUsableSpace();
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
