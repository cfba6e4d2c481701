package io.quire.spring.boot.autoconfigure;

import java.util.List;

import io.quire.driver.ConnectionOptions;
import io.quire.driver.KeepaliveOptions;
import io.quire.driver.SslMode;
import io.quire.driver.TlsOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslManagerBundle;
import org.springframework.util.Assert;

/**
 * Builds the {@link ConnectionOptions} of the auto-configured factory: the connection
 * details first, then the tuning properties that are set, the SSL bundle, and last the
 * customizers in order. {@code spring.application.name} is the fallback application name,
 * so an {@code application_name} in the URI or properties wins over it.
 */
final class ConnectionOptionsInitializer {

	private final QuireProperties properties;

	private final @Nullable String defaultApplicationName;

	ConnectionOptionsInitializer(QuireProperties properties, @Nullable String defaultApplicationName) {
		this.properties = properties;
		this.defaultApplicationName = defaultApplicationName;
	}

	ConnectionOptions initialize(QuireConnectionDetails details,
			List<QuireConnectionOptionsBuilderCustomizer> customizers) {
		ConnectionOptions.Builder builder = details.getConnectionOptions().mutate();
		applyTuning(builder);
		SslBundle sslBundle = details.getSslBundle();
		if (sslBundle != null) {
			builder.tls(tls(sslBundle));
		}
		customizers.forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	private void applyTuning(ConnectionOptions.Builder builder) {
		PropertyMapper map = PropertyMapper.get();
		QuireProperties properties = this.properties;
		map.from(properties::getConnectTimeout).to(builder::connectTimeout);
		map.from(properties::getNetworkTimeout).to(builder::networkTimeout);
		map.from(properties::getHostaddr)
			.when((addresses) -> !addresses.isEmpty())
			.to((addresses) -> builder.hostaddr(addresses.toArray(String[]::new)));
		map.from(properties::getApplicationName).to(builder::applicationName);
		map.from(properties::getFallbackApplicationName)
			.orFrom(() -> this.defaultApplicationName)
			.to(builder::fallbackApplicationName);
		map.from(properties::getClientEncoding).to(builder::clientEncoding);
		map.from(properties::getDocumentClass).to(builder::documentClass);
		// slave-okay first, so that explicit target-session-attrs and read-mode win
		map.from(properties::getSlaveOkay).to(builder::slaveOkay);
		map.from(properties::getTargetSessionAttrs).to(builder::targetSessionAttrs);
		map.from(properties::getReadMode).whenHasText().to(builder::readMode);
		map.from(properties::getDurability).whenHasText().to(builder::durability);
		map.from(properties::getTimeZoneAware).to(builder::timeZoneAware);
		map.from(properties::getRetryReads).to(builder::retryReads);
		if (properties.getKeepalive().isConfigured()) {
			builder.keepalive(keepalive(properties.getKeepalive()));
		}
	}

	private static KeepaliveOptions keepalive(QuireProperties.Keepalive keepalive) {
		boolean enabled = (keepalive.getEnabled() != null) ? keepalive.getEnabled() : true;
		return new KeepaliveOptions(enabled, keepalive.getIdle(), keepalive.getInterval(), keepalive.getCount());
	}

	private TlsOptions tls(SslBundle bundle) {
		Assert.state(!bundle.getOptions().isSpecified(),
				"Quire connections take no SSL options (ciphers, enabled protocols) from a bundle");
		SslMode mode = this.properties.getSsl().getMode();
		SslManagerBundle managers = bundle.getManagers();
		return TlsOptions.builder()
			.mode((mode != null) ? mode : SslMode.VERIFY_FULL)
			.trustManagerFactory(managers.getTrustManagerFactory())
			.keyManagerFactory(managers.getKeyManagerFactory())
			.build();
	}

}
