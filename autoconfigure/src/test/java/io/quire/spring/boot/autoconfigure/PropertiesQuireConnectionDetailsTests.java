package io.quire.spring.boot.autoconfigure;

import java.security.KeyStoreException;
import java.util.List;

import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PropertiesQuireConnectionDetailsTests {

	private final QuireProperties properties = new QuireProperties();

	@Test
	void defaultsAreRethinkDbDefaults() {
		ConnectionOptions options = details().getConnectionOptions();
		assertThat(options.hosts()).containsExactly(new HostAndPort("localhost", 28015));
		assertThat(options.database()).isEqualTo("test");
		assertThat(options.user()).isEqualTo("admin");
		assertThat(options.password()).isEmpty();
	}

	@Test
	void hostAndPortAreUsed() {
		this.properties.setHost("db.example.com");
		this.properties.setPort(29015);
		assertThat(details().getConnectionOptions().hosts()).containsExactly(new HostAndPort("db.example.com", 29015));
	}

	@Test
	void portAloneKeepsTheDefaultHost() {
		this.properties.setPort(29015);
		assertThat(details().getConnectionOptions().hosts()).containsExactly(new HostAndPort("localhost", 29015));
	}

	@Test
	void hostsAreTriedInTheOrderGiven() {
		this.properties.setHosts(List.of("db2:28016", "db1"));
		assertThat(details().getConnectionOptions().hosts()).containsExactly(new HostAndPort("db2", 28016),
				new HostAndPort("db1", 28015));
	}

	@Test
	void uriIsParsed() {
		this.properties.setUri("rethinkdb://app:s3cret@db1:28016,db2:28017/orders");
		ConnectionOptions options = details().getConnectionOptions();
		assertThat(options.hosts()).containsExactly(new HostAndPort("db1", 28016), new HostAndPort("db2", 28017));
		assertThat(options.database()).isEqualTo("orders");
		assertThat(options.user()).isEqualTo("app");
		assertThat(options.password()).isEqualTo("s3cret");
	}

	@Test
	void explicitDatabaseUsernameAndPasswordOverrideTheUri() {
		this.properties.setUri("quire://app:s3cret@db1/orders");
		this.properties.setDatabase("invoices");
		this.properties.setUsername("billing");
		this.properties.setPassword("other");
		ConnectionOptions options = details().getConnectionOptions();
		assertThat(options.database()).isEqualTo("invoices");
		assertThat(options.user()).isEqualTo("billing");
		assertThat(options.password()).isEqualTo("other");
	}

	@Test
	@SuppressWarnings("deprecation")
	void authKeyIsThePasswordWhenNoPasswordIsSet() {
		this.properties.setAuthKey("legacy");
		assertThat(details().getConnectionOptions().password()).isEqualTo("legacy");
	}

	@Test
	@SuppressWarnings("deprecation")
	void passwordWinsOverAuthKey() {
		this.properties.setAuthKey("legacy");
		this.properties.setPassword("current");
		assertThat(details().getConnectionOptions().password()).isEqualTo("current");
	}

	@Test
	void uriWithHostFailsNamingBoth() {
		this.properties.setUri("rethinkdb://db1/test");
		this.properties.setHost("db2");
		assertThatExceptionOfType(MutuallyExclusiveConfigurationPropertiesException.class).isThrownBy(this::details)
			.satisfies((ex) -> assertThat(ex.getConfiguredNames()).containsExactlyInAnyOrder("quire.uri", "quire.host"))
			.withMessageContaining("quire.uri")
			.withMessageContaining("quire.host");
	}

	@Test
	void uriWithPortFailsNamingBoth() {
		this.properties.setUri("rethinkdb://db1/test");
		this.properties.setPort(28016);
		assertThatExceptionOfType(MutuallyExclusiveConfigurationPropertiesException.class).isThrownBy(this::details)
			.satisfies(
					(ex) -> assertThat(ex.getConfiguredNames()).containsExactlyInAnyOrder("quire.uri", "quire.port"));
	}

	@Test
	void uriWithHostsFailsNamingBoth() {
		this.properties.setUri("rethinkdb://db1/test");
		this.properties.setHosts(List.of("db2:28015"));
		assertThatExceptionOfType(MutuallyExclusiveConfigurationPropertiesException.class).isThrownBy(this::details)
			.satisfies(
					(ex) -> assertThat(ex.getConfiguredNames()).containsExactlyInAnyOrder("quire.uri", "quire.hosts"));
	}

	@Test
	void hostsWithHostFailsNamingBoth() {
		this.properties.setHosts(List.of("db2:28015"));
		this.properties.setHost("db1");
		assertThatExceptionOfType(MutuallyExclusiveConfigurationPropertiesException.class).isThrownBy(this::details)
			.satisfies(
					(ex) -> assertThat(ex.getConfiguredNames()).containsExactlyInAnyOrder("quire.hosts", "quire.host"));
	}

	@Test
	void hostsWithPortFailsNamingBoth() {
		this.properties.setHosts(List.of("db2:28015"));
		this.properties.setPort(28016);
		assertThatExceptionOfType(MutuallyExclusiveConfigurationPropertiesException.class).isThrownBy(this::details)
			.satisfies(
					(ex) -> assertThat(ex.getConfiguredNames()).containsExactlyInAnyOrder("quire.hosts", "quire.port"));
	}

	@Test
	void noSslBundleByDefault() {
		assertThat(details().getSslBundle()).isNull();
	}

	@Test
	void namedSslBundleIsLookedUp() {
		SslBundle bundle = SslBundle.systemDefault();
		DefaultSslBundleRegistry registry = new DefaultSslBundleRegistry("quire", bundle);
		this.properties.getSsl().setBundle("quire");
		assertThat(new PropertiesQuireConnectionDetails(this.properties, registry).getSslBundle()).isSameAs(bundle);
	}

	@Test
	void unknownSslBundleFails() {
		this.properties.getSsl().setBundle("missing");
		PropertiesQuireConnectionDetails details = new PropertiesQuireConnectionDetails(this.properties,
				new DefaultSslBundleRegistry());
		assertThatExceptionOfType(NoSuchSslBundleException.class).isThrownBy(details::getSslBundle);
	}

	@Test
	void namedSslBundleWithoutSslBundlesFails() {
		this.properties.getSsl().setBundle("quire");
		assertThatIllegalStateException().isThrownBy(details()::getSslBundle).withMessageContaining("quire.ssl.bundle");
	}

	@Test
	void emptySslBundleNameCountsAsUnset() {
		this.properties.getSsl().setBundle("");
		assertThat(details().getSslBundle()).isNull();
	}

	@Test
	void sslDisabledExplicitlyIgnoresTheBundle() {
		this.properties.getSsl().setBundle("quire");
		this.properties.getSsl().setEnabled(false);
		assertThat(details().getSslBundle()).isNull();
	}

	@Test
	void sslEnabledWithoutCertificatesUsesTheJvmTrustStore() {
		this.properties.getSsl().setEnabled(true);
		SslBundle bundle = details().getSslBundle();
		assertThat(bundle).isNotNull();
		assertThat(bundle.getStores().getTrustStore()).isNull();
		assertThat(bundle.getManagers().getTrustManagers()).isNotEmpty();
	}

	@Test
	void caCertsBecomeTheTrustStore() throws KeyStoreException {
		this.properties.getSsl().setCaCerts("classpath:ssl/ca.crt");
		SslBundle bundle = details().getSslBundle();
		assertThat(bundle).isNotNull();
		assertThat(bundle.getStores().getTrustStore().size()).isOne();
		assertThat(bundle.getStores().getKeyStore()).isNull();
	}

	@Test
	void clientCertificateAndKeyBecomeTheKeyStore() throws KeyStoreException {
		this.properties.getSsl().setCaCerts("classpath:ssl/ca.crt");
		this.properties.getSsl().setClientCert("classpath:ssl/client.crt");
		this.properties.getSsl().setClientKey("classpath:ssl/client.key");
		SslBundle bundle = details().getSslBundle();
		assertThat(bundle).isNotNull();
		assertThat(bundle.getStores().getKeyStore()).isNotNull();
		assertThat(bundle.getStores().getKeyStore().size()).isOne();
	}

	private PropertiesQuireConnectionDetails details() {
		return new PropertiesQuireConnectionDetails(this.properties, null);
	}

}
