package io.quire.spring.boot.autoconfigure.embedded;

import io.quire.driver.ConnectionOptions;
import io.quire.engine.QuireServer;
import io.quire.spring.boot.autoconfigure.QuireConnectionDetails;
import io.quire.spring.boot.autoconfigure.QuireProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;

/**
 * {@link QuireConnectionDetails} pointing at the embedded engine on loopback, with the
 * configured database and the admin user.
 */
public final class EmbeddedQuireConnectionDetails implements QuireConnectionDetails {

	private final QuireServer server;

	private final QuireProperties properties;

	EmbeddedQuireConnectionDetails(QuireServer server, QuireProperties properties) {
		this.server = server;
		this.properties = properties;
	}

	@Override
	public ConnectionOptions getConnectionOptions() {
		ConnectionOptions.Builder builder = ConnectionOptions.builder()
			.host(EmbeddedQuireAutoConfiguration.BIND_ADDRESS)
			.port(this.server.port())
			.user("admin")
			.password(password(this.properties));
		String database = this.properties.getDatabase();
		if (database != null) {
			builder.database(database);
		}
		return builder.build();
	}

	/**
	 * The embedded engine speaks plain TCP on loopback.
	 * @return {@code null}
	 */
	@Override
	public @Nullable SslBundle getSslBundle() {
		return null;
	}

	@SuppressWarnings("deprecation")
	static String password(QuireProperties properties) {
		String password = (properties.getPassword() != null) ? properties.getPassword() : properties.getAuthKey();
		return (password != null) ? password : "";
	}

}
