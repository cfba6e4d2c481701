package io.quire.spring.boot.autoconfigure.embedded;

import java.nio.file.Path;

import io.quire.engine.QuireServer;
import io.quire.engine.catalog.Catalog;
import io.quire.spring.boot.autoconfigure.QuireProperties;

/**
 * Builds and starts the embedded {@link QuireServer} from {@code quire.embedded.*}:
 * loopback only, in memory unless a data directory is given, with {@code quire.password}
 * as the admin's initial password so that the auto-configured connection can log in, and
 * with the database of {@code quire.database} created.
 */
final class EmbeddedServerFactory {

	private final QuireProperties properties;

	EmbeddedServerFactory(QuireProperties properties) {
		this.properties = properties;
	}

	/**
	 * Start a server and make sure the configured database exists, so that the
	 * application can use it at once.
	 * @return the running server
	 */
	QuireServer start() {
		QuireServer server = create();
		server.start();
		try {
			createDatabase(server.engine().catalog());
			return server;
		}
		catch (RuntimeException ex) {
			server.close();
			throw ex;
		}
	}

	private void createDatabase(Catalog catalog) {
		String database = this.properties.getDatabase();
		if (database != null && !catalog.databaseNames().contains(database)) {
			catalog.createDatabase(database);
		}
	}

	private QuireServer create() {
		QuireProperties.Embedded embedded = this.properties.getEmbedded();
		QuireServer.Builder builder = QuireServer.builder()
			.port(embedded.getPort())
			.bindAddress(EmbeddedQuireAutoConfiguration.BIND_ADDRESS);
		Path dataDir = embedded.getDataDir();
		if (dataDir != null) {
			builder.dataDirectory(dataDir);
		}
		else {
			builder.inMemory();
		}
		String password = EmbeddedQuireConnectionDetails.password(this.properties);
		if (!password.isEmpty()) {
			builder.initialPassword(password);
		}
		return builder.build();
	}

}
