package io.quire.server.actuate;

import io.quire.engine.QuireServer;

/**
 * How the Actuator endpoints show a server's settings.
 */
final class ServerDescription {

	private ServerDescription() {
	}

	/** The absolute data directory, or {@code in-memory}. */
	static String dataDirectory(QuireServer server) {
		return server.dataDirectory().map((directory) -> directory.toAbsolutePath().toString()).orElse("in-memory");
	}

}
