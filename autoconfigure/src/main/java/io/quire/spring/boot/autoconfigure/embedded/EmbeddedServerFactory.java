package io.quire.spring.boot.autoconfigure.embedded;

import java.nio.file.Path;

import io.quire.engine.QuireServer;
import io.quire.spring.boot.autoconfigure.QuireProperties;

/**
 * Builds the embedded {@link QuireServer} from {@code quire.embedded.*}: loopback only, in
 * memory unless a data directory is given, with {@code quire.password} as the admin's
 * initial password so that the auto-configured connection can log in.
 */
final class EmbeddedServerFactory {

	private final QuireProperties properties;

	EmbeddedServerFactory(QuireProperties properties) {
		this.properties = properties;
	}

	QuireServer create() {
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
