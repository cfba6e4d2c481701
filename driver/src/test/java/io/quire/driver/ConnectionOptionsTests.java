package io.quire.driver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConnectionOptionsTests {

	@Test
	void defaultsShouldBeRethinkDbs() {
		ConnectionOptions options = ConnectionOptions.defaults();
		assertThat(options.hosts()).containsExactly(new HostAndPort("localhost", 28015));
		assertThat(options.database()).isEqualTo("test");
		assertThat(options.user()).isEqualTo("admin");
		assertThat(options.password()).isEmpty();
		assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(20));
		assertThat(options.networkTimeout()).isNull();
		assertThat(options.tls().isEnabled()).isFalse();
		assertThat(options.keepalive().enabled()).isTrue();
		assertThat(options.targetSessionAttrs()).isEqualTo(TargetSessionAttrs.ANY);
		assertThat(options.timeZoneAware()).isTrue();
		assertThat(options.autoReconnect()).isTrue();
		assertThat(options.sessionOptions()).isEmpty();
	}

	@Test
	void builderShouldSetEveryOption() {
		ConnectionOptions options = ConnectionOptions.builder()
			.hosts("db1:28016", "[::1]")
			.database("marvel")
			.user("peter")
			.password("parker")
			.connectTimeout(Duration.ofSeconds(3))
			.networkTimeout(Duration.ofSeconds(7))
			.tls(TlsOptions.builder().mode(SslMode.VERIFY_CA).caCertificates(Path.of("ca.pem")).build())
			.keepalive(KeepaliveOptions.defaults().withIdle(Duration.ofSeconds(30)).withCount(4))
			.targetSessionAttrs(TargetSessionAttrs.READ_WRITE)
			.applicationName("billing")
			.durability("soft")
			.readMode("outdated")
			.arrayLimit(500)
			.timeZoneAware(false)
			.build();
		assertThat(options.hosts()).containsExactly(new HostAndPort("db1", 28016), new HostAndPort("::1", 28015));
		assertThat(options.host()).isEqualTo("db1");
		assertThat(options.port()).isEqualTo(28016);
		assertThat(options.tls().mode()).isEqualTo(SslMode.VERIFY_CA);
		assertThat(options.keepalive().idle()).isEqualTo(Duration.ofSeconds(30));
		assertThat(options.keepalive().count()).isEqualTo(4);
		assertThat(options.applicationName()).isEqualTo("billing");
		assertThat(options.sessionOptions()).containsEntry("durability", "soft")
			.containsEntry("read_mode", "outdated")
			.containsEntry("array_limit", 500L);
		assertThat(options.timeZoneAware()).isFalse();
	}

	@Test
	void authKeyShouldBeThePasswordOfAdmin() {
		ConnectionOptions options = ConnectionOptions.builder().user("someone").authKey("hunter2").build();
		assertThat(options.user()).isEqualTo("admin");
		assertThat(options.password()).isEqualTo("hunter2");
	}

	@Test
	void mutateShouldCopyAndChangeOnlyWhatIsSet() {
		ConnectionOptions original = ConnectionOptions.builder()
			.database("a")
			.password("secret")
			.durability("soft")
			.build();
		ConnectionOptions changed = original.mutate().database("b").build();
		assertThat(changed.database()).isEqualTo("b");
		assertThat(changed.password()).isEqualTo("secret");
		assertThat(changed.sessionOptions()).containsEntry("durability", "soft");
		assertThat(original.database()).isEqualTo("a");
		assertThat(original.mutate().build()).isEqualTo(original);
	}

	@Test
	void toStringShouldMaskThePassword() {
		ConnectionOptions options = ConnectionOptions.builder()
			.password("s3cr3t")
			.tls(TlsOptions.builder().clientKeyPassword("k3y").build())
			.build();
		assertThat(options.toString()).doesNotContain("s3cr3t").doesNotContain("k3y").contains("password=****");
	}

	@Test
	void invalidOptionsShouldFailNamingTheOption() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().port(0))
			.withMessageContaining("'port'");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().host(" "))
			.withMessageContaining("'host'");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().database(""))
			.withMessageContaining("'db'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionOptions.builder().connectTimeout(Duration.ofSeconds(-1)))
			.withMessageContaining("'connect_timeout'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionOptions.builder().networkTimeout(Duration.ofSeconds(-1)))
			.withMessageContaining("'network_timeout'");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().durability("maybe"))
			.withMessageContaining("'durability'");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().arrayLimit(0))
			.withMessageContaining("'array_limit'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionOptions.builder().sessionOption("noreply", true))
			.withMessageContaining("'options'");
		assertThatIllegalArgumentException().isThrownBy(() -> KeepaliveOptions.defaults().withCount(0))
			.withMessageContaining("'keepalives_count'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KeepaliveOptions.defaults().withIdle(Duration.ofMillis(1500)))
			.withMessageContaining("'keepalives_idle'");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().hosts(List.of()))
			.withMessageContaining("'host'");
	}

	@Test
	void buildShouldCrossCheckOptions() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().hosts("a:1", "a:1").build())
			.withMessageContaining("'host'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TlsOptions.builder().clientCertificate(Path.of("client.pem")).build())
			.withMessageContaining("'sslcert'");
	}

	@Test
	void caCertificatesShouldTurnTlsOnWithFullVerification() {
		TlsOptions tls = TlsOptions.builder().caCertificates(Path.of("ca.pem")).build();
		assertThat(tls.mode()).isEqualTo(SslMode.VERIFY_FULL);
		assertThat(tls.isEnabled()).isTrue();
	}

	@Test
	void targetSessionAttrsShouldMatchServerRoles() {
		assertThat(TargetSessionAttrs.ANY.accepts(false, true)).isTrue();
		assertThat(TargetSessionAttrs.READ_WRITE.accepts(true, false)).isTrue();
		assertThat(TargetSessionAttrs.READ_WRITE.accepts(false, true)).isFalse();
		assertThat(TargetSessionAttrs.READ_ONLY.accepts(true, false)).isFalse();
		assertThat(TargetSessionAttrs.PRIMARY.accepts(true, false)).isTrue();
		assertThat(TargetSessionAttrs.STANDBY.accepts(true, false)).isFalse();
		assertThat(TargetSessionAttrs.PREFER_STANDBY.accepts(false, true)).isTrue();
		assertThat(TargetSessionAttrs.of("prefer-standby")).isEqualTo(TargetSessionAttrs.PREFER_STANDBY);
		assertThatIllegalArgumentException().isThrownBy(() -> TargetSessionAttrs.of("leader"))
			.withMessageContaining("'target_session_attrs'");
	}

}
