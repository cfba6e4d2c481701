package io.quire.spring.boot.autoconfigure;

import io.quire.driver.ConnectionOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * Details needed to connect to a Quire server: where it is, who logs in, which database,
 * and the TLS material. Properties supply them by default; a Testcontainers
 * {@code @ServiceConnection}, the embedded engine or a bean of the application can supply
 * them instead.
 */
public interface QuireConnectionDetails extends ConnectionDetails {

	/**
	 * The options to connect with: hosts, database, user and password at least. Tuning
	 * properties ({@code quire.connect-timeout}, ...) and customizers are applied on top.
	 * @return the connection options
	 */
	ConnectionOptions getConnectionOptions();

	/**
	 * The SSL bundle whose trust and key material secures the connection. Every
	 * implementation answers explicitly, so that no source of details drops TLS silently.
	 * @return the SSL bundle, or {@code null} to keep the TLS settings of
	 * {@link #getConnectionOptions()}
	 */
	@Nullable SslBundle getSslBundle();

}
