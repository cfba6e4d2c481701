package io.quire.spring.boot.autoconfigure;

import io.quire.driver.ConnectionOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;
import org.springframework.util.Assert;

/**
 * {@link QuireConnectionDetails} from {@link QuireProperties}: the URI if one is set,
 * otherwise host and port or the host list; then database, username and password where
 * they are set.
 */
public class PropertiesQuireConnectionDetails implements QuireConnectionDetails {

	private final QuireProperties properties;

	private final @Nullable SslBundles sslBundles;

	/**
	 * Create details from properties.
	 * @param properties the bound properties
	 * @param sslBundles the application's SSL bundles, needed when
	 * {@code quire.ssl.bundle} is set
	 * @throws org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException
	 * when {@code quire.uri} is combined with host, port or hosts
	 */
	public PropertiesQuireConnectionDetails(QuireProperties properties, @Nullable SslBundles sslBundles) {
		properties.checkAddressKeys();
		this.properties = properties;
		this.sslBundles = sslBundles;
	}

	@Override
	public ConnectionOptions getConnectionOptions() {
		ConnectionOptions.Builder builder = addressBuilder();
		if (this.properties.getDatabase() != null) {
			builder.database(this.properties.getDatabase());
		}
		if (this.properties.getUsername() != null) {
			builder.user(this.properties.getUsername());
		}
		String password = password();
		if (password != null) {
			builder.password(password);
		}
		return builder.build();
	}

	private ConnectionOptions.Builder addressBuilder() {
		String uri = this.properties.getUri();
		if (uri != null) {
			return ConnectionOptions.parse(uri).mutate();
		}
		ConnectionOptions.Builder builder = ConnectionOptions.builder();
		if (!this.properties.getHosts().isEmpty()) {
			return builder.hosts(this.properties.getHosts().toArray(String[]::new));
		}
		String host = this.properties.getHost();
		Integer port = this.properties.getPort();
		return builder.host((host != null) ? host : QuireProperties.DEFAULT_HOST)
			.port((port != null) ? port : QuireProperties.DEFAULT_PORT);
	}

	@SuppressWarnings("deprecation")
	private @Nullable String password() {
		return (this.properties.getPassword() != null) ? this.properties.getPassword() : this.properties.getAuthKey();
	}

	@Override
	public @Nullable SslBundle getSslBundle() {
		QuireProperties.Ssl ssl = this.properties.getSsl();
		if (!ssl.isEnabled()) {
			return null;
		}
		if (ssl.hasBundle()) {
			Assert.state(this.sslBundles != null,
					"quire.ssl.bundle is set to '" + ssl.getBundle() + "' but the context has no SslBundles");
			return this.sslBundles.getBundle(ssl.getBundle());
		}
		if (ssl.hasPemCertificates()) {
			return pemBundle(ssl);
		}
		return SslBundle.systemDefault();
	}

	private static SslBundle pemBundle(QuireProperties.Ssl ssl) {
		PemSslStoreDetails keyStore = new PemSslStoreDetails(null, ssl.getClientCert(), ssl.getClientKey())
			.withPrivateKeyPassword(ssl.getClientKeyPassword());
		PemSslStoreDetails trustStore = PemSslStoreDetails.forCertificates(ssl.getCaCerts());
		return SslBundle.of(new PemSslStoreBundle(keyStore, trustStore));
	}

}
