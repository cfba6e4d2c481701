package io.quire.driver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ConnectionUriTests {

	static Stream<Arguments> uris() {
		return Stream.of(
				row("rethinkdb://localhost", ConnectionOptions::hosts,
						java.util.List.of(new HostAndPort("localhost", 28015))),
				row("quire://db.example.com:29015", ConnectionOptions::port, 29015),
				row("rethinkdb://db.example.com/marvel", ConnectionOptions::database, "marvel"),
				row("rethinkdb://peter:parker@h/db", ConnectionOptions::user, "peter"),
				row("rethinkdb://peter:parker@h/db", ConnectionOptions::password, "parker"),
				row("rethinkdb://us%40r:p%3Ass%2Fw%40rd@h", ConnectionOptions::user, "us@r"),
				row("rethinkdb://us%40r:p%3Ass%2Fw%40rd@h", ConnectionOptions::password, "p:ss/w@rd"),
				row("rethinkdb://h/my%20db", ConnectionOptions::database, "my db"),
				row("rethinkdb://h/db?timeout=5", ConnectionOptions::connectTimeout, Duration.ofSeconds(5)),
				row("rethinkdb://h/db?connect_timeout=250ms", ConnectionOptions::connectTimeout,
						Duration.ofMillis(250)),
				row("rethinkdb://h/db?timeout=1.5", ConnectionOptions::connectTimeout, Duration.ofMillis(1500)),
				row("rethinkdb://h/db?timeout=PT2M", ConnectionOptions::connectTimeout, Duration.ofMinutes(2)),
				row("rethinkdb://h/db?network_timeout=2m", ConnectionOptions::networkTimeout, Duration.ofMinutes(2)),
				row("rethinkdb://[::1]:28016/db", ConnectionOptions::host, "::1"),
				row("rethinkdb://[::1]:28016/db", ConnectionOptions::port, 28016),
				row("rethinkdb://a:1,b,[fe80::2]:3/db", ConnectionOptions::hosts,
						java.util.List.of(new HostAndPort("a", 1), new HostAndPort("b", 28015),
								new HostAndPort("fe80::2", 3))),
				row("rethinkdb://h?target_session_attrs=read-write", ConnectionOptions::targetSessionAttrs,
						TargetSessionAttrs.READ_WRITE),
				row("rethinkdb://h?ssl=true", (o) -> o.tls().mode(), SslMode.VERIFY_FULL),
				row("rethinkdb://h?ssl=true&sslmode=verify-ca", (o) -> o.tls().mode(), SslMode.VERIFY_CA),
				row("rethinkdb://h?ca_certs=%2Ftmp%2Fca.pem", (o) -> o.tls().caCertificates(), Path.of("/tmp/ca.pem")),
				row("rethinkdb://h?ca_certs=/tmp/ca.pem", (o) -> o.tls().mode(), SslMode.VERIFY_FULL),
				row("rethinkdb://h?sslmode=require&sslrootcert=r.pem&sslcert=c.pem&sslkey=k.pem&sslcrl=x.crl",
						(o) -> java.util.List.of(o.tls().mode(), o.tls().caCertificates(), o.tls().clientCertificate(),
								o.tls().clientKey(), o.tls().revocationList()),
						java.util.List.of(SslMode.REQUIRE, Path.of("r.pem"), Path.of("c.pem"), Path.of("k.pem"),
								Path.of("x.crl"))),
				row("rethinkdb://h?keepalives=0", (o) -> o.keepalive().enabled(), false),
				row("rethinkdb://h?keepalives_idle=60&keepalives_interval=5&keepalives_count=3",
						ConnectionOptions::keepalive,
						new KeepaliveOptions(true, Duration.ofSeconds(60), Duration.ofSeconds(5), 3)),
				row("rethinkdb://h?application_name=billing%20job", ConnectionOptions::applicationName, "billing job"),
				row("rethinkdb://h?options=-c%20durability%3Dsoft%20-c%20read_mode%3Doutdated",
						ConnectionOptions::sessionOptions, Map.of("durability", "soft", "read_mode", "outdated")),
				row("rethinkdb://h?durability=soft&array_limit=1000", ConnectionOptions::sessionOptions,
						Map.of("durability", "soft", "array_limit", 1000L)),
				row("rethinkdb://h?tz_aware=false", ConnectionOptions::timeZoneAware, false),
				row("rethinkdb://h?auth_key=hunter2", ConnectionOptions::password, "hunter2"),
				row("rethinkdb://h?auto_reconnect=false", ConnectionOptions::autoReconnect, false),
				row("rethinkdb://h?db=other&user=u&password=p%2Bq",
						(o) -> o.database() + "/" + o.user() + "/" + o.password(), "other/u/p+q"),
				row("RETHINKDB://h", ConnectionOptions::host, "h"),
				row("rethinkdb://", ConnectionOptions::host, "localhost"));
	}

	private static Arguments row(String uri, Function<ConnectionOptions, ?> property, Object expected) {
		return arguments(uri, property, expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("uris")
	void parseShouldReadTheUri(String uri, Function<ConnectionOptions, ?> property, Object expected) {
		assertThat((Object) property.apply(ConnectionOptions.parse(uri))).isEqualTo(expected);
	}

	static Stream<Arguments> invalidUris() {
		return Stream.of(arguments("http://localhost", "rethinkdb://"), arguments("localhost:28015", "rethinkdb://"),
				arguments("rethinkdb://h:port", "'port'"), arguments("rethinkdb://h:70000", "'port'"),
				arguments("rethinkdb://[::1/db", "'host'"),
				arguments("rethinkdb://h?timeout=soon", "'connect_timeout'"),
				arguments("rethinkdb://h?network_timeout=-1", "'network_timeout'"),
				arguments("rethinkdb://h?sslmode=sometimes", "'sslmode'"),
				arguments("rethinkdb://h?target_session_attrs=leader", "'target_session_attrs'"),
				arguments("rethinkdb://h?keepalives=maybe", "'keepalives'"),
				arguments("rethinkdb://h?keepalives_count=x", "'keepalives_count'"),
				arguments("rethinkdb://h?durability=lazy", "'durability'"),
				arguments("rethinkdb://h?options=bogus", "'options'"),
				arguments("rethinkdb://h?colour=blue", "'colour'"),
				arguments("rethinkdb://h?timeout=1&connect_timeout=2&timeout=3", "'timeout' appears twice"),
				arguments("rethinkdb://h/%zz", "percent-encoding"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidUris")
	void parseShouldRejectInvalidUrisNamingTheProblem(String uri, String expectedMessagePart) {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.parse(uri))
			.withMessageContaining(expectedMessagePart);
	}

	@Test
	void errorsShouldNotShowThePassword() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.parse("mongodb://u:topsecret@h"))
			.withMessageNotContaining("topsecret");
	}

}
