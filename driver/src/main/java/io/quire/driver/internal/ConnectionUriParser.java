package io.quire.driver.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import io.quire.driver.SslMode;
import io.quire.driver.TargetSessionAttrs;
import io.quire.driver.TlsOptions;

/**
 * Reads {@code rethinkdb://} and {@code quire://} URIs into a
 * {@link ConnectionOptions.Builder}. Several hosts and IPv6 literals in brackets are
 * allowed in the authority, which {@link java.net.URI} does not accept, so the parsing is
 * done here.
 */
public final class ConnectionUriParser {

	private ConnectionUriParser() {
	}

	/**
	 * Parse a connection URI.
	 * @throws IllegalArgumentException naming the part or option that is wrong
	 */
	public static ConnectionOptions.Builder parse(String uri) {
		if (uri == null || uri.isBlank()) {
			throw new IllegalArgumentException("Invalid connection URI: must not be empty");
		}
		int schemeEnd = uri.indexOf("://");
		String scheme = (schemeEnd < 0) ? "" : uri.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
		if (!scheme.equals("rethinkdb") && !scheme.equals("quire")) {
			throw new IllegalArgumentException(
					"Invalid connection URI: '" + mask(uri) + "' must start with rethinkdb:// or quire://");
		}
		String rest = stripFragment(uri.substring(schemeEnd + 3));
		int queryStart = rest.indexOf('?');
		String query = (queryStart < 0) ? "" : rest.substring(queryStart + 1);
		String beforeQuery = (queryStart < 0) ? rest : rest.substring(0, queryStart);
		int pathStart = beforeQuery.indexOf('/');
		String authority = (pathStart < 0) ? beforeQuery : beforeQuery.substring(0, pathStart);
		String path = (pathStart < 0) ? "" : beforeQuery.substring(pathStart + 1);
		ConnectionOptions.Builder builder = ConnectionOptions.builder();
		applyAuthority(builder, authority);
		if (!path.isEmpty()) {
			builder.database(decode(path, "db"));
		}
		new UriOptions(parseQuery(query)).applyTo(builder);
		return builder;
	}

	private static String stripFragment(String text) {
		int hash = text.indexOf('#');
		return (hash < 0) ? text : text.substring(0, hash);
	}

	private static void applyAuthority(ConnectionOptions.Builder builder, String authority) {
		int at = authority.lastIndexOf('@');
		if (at >= 0) {
			applyUserInfo(builder, authority.substring(0, at));
		}
		String hostList = authority.substring(at + 1);
		if (!hostList.isEmpty()) {
			List<HostAndPort> hosts = new ArrayList<>();
			for (String address : hostList.split(",", -1)) {
				hosts.add(HostAndPort.parse(decode(address, "host"), HostAndPort.DEFAULT_PORT));
			}
			builder.hosts(hosts);
		}
	}

	private static void applyUserInfo(ConnectionOptions.Builder builder, String userInfo) {
		int colon = userInfo.indexOf(':');
		String user = decode((colon < 0) ? userInfo : userInfo.substring(0, colon), "user");
		if (!user.isEmpty()) {
			builder.user(user);
		}
		if (colon >= 0) {
			builder.password(decode(userInfo.substring(colon + 1), "password"));
		}
	}

	private static Map<String, String> parseQuery(String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals), "option name");
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1), name);
			if (parameters.put(name.toLowerCase(Locale.ROOT), value) != null) {
				throw new IllegalArgumentException("Invalid connection URI: option '" + name + "' appears twice");
			}
		}
		return parameters;
	}

	/** Percent-decode as UTF-8; a {@code +} stays a plus sign. */
	static String decode(String text, String part) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '%') {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
				continue;
			}
			if (i + 2 >= text.length()) {
				throw new IllegalArgumentException("Invalid connection URI: bad percent-encoding in " + part);
			}
			int value = hex(text.charAt(i + 1), part) * 16 + hex(text.charAt(i + 2), part);
			bytes.write(value);
			i += 2;
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static int hex(char c, String part) {
		int value = Character.digit(c, 16);
		if (value < 0) {
			throw new IllegalArgumentException("Invalid connection URI: bad percent-encoding in " + part);
		}
		return value;
	}

	private static String mask(String uri) {
		return uri.replaceAll(":[^:/@]*@", ":****@");
	}

	/**
	 * The query options of one URI, applied in a fixed order so later ones may refine
	 * earlier ones.
	 */
	private static final class UriOptions {

		private final Map<String, String> values;

		UriOptions(Map<String, String> values) {
			this.values = new LinkedHashMap<>(values);
		}

		void applyTo(ConnectionOptions.Builder builder) {
			applyCredentials(builder);
			applyTimeouts(builder);
			builder.tls(tls());
			applyKeepalive(builder);
			// before read_mode and target_session_attrs, so that either, given too, wins
			take("slave_okay", "slaveok").ifPresent((v) -> builder.slaveOkay(bool("slave_okay", v)));
			applySession(builder);
			take("target_session_attrs").ifPresent((v) -> builder.targetSessionAttrs(TargetSessionAttrs.of(v)));
			applyHostAddresses(builder);
			take("application_name").ifPresent(builder::applicationName);
			take("fallback_application_name").ifPresent(builder::fallbackApplicationName);
			take("client_encoding").ifPresent(builder::clientEncoding);
			take("document_class").ifPresent((v) -> builder.documentClass(DocumentClasses.load(v)));
			take("tz_aware", "time_zone_aware").ifPresent((v) -> builder.timeZoneAware(bool("tz_aware", v)));
			take("auto_reconnect").ifPresent((v) -> builder.autoReconnect(bool("auto_reconnect", v)));
			take("retry_reads").ifPresent((v) -> builder.retryReads(bool("retry_reads", v)));
			if (!this.values.isEmpty()) {
				throw new IllegalArgumentException(
						"Invalid connection URI: unknown option '" + this.values.keySet().iterator().next() + "'");
			}
		}

		private void applyCredentials(ConnectionOptions.Builder builder) {
			take("db", "dbname").ifPresent(builder::database);
			take("user").ifPresent(builder::user);
			take("password").ifPresent(builder::password);
			take("auth_key", "authkey").ifPresent(builder::authKey);
		}

		private void applyTimeouts(ConnectionOptions.Builder builder) {
			take("timeout", "connect_timeout")
				.ifPresent((v) -> builder.connectTimeout(Durations.parse("connect_timeout", v)));
			take("network_timeout").ifPresent((v) -> builder.networkTimeout(Durations.parse("network_timeout", v)));
		}

		private void applyHostAddresses(ConnectionOptions.Builder builder) {
			take("hostaddr").ifPresent((v) -> builder.hostaddr(v.split(",", -1)));
		}

		private TlsOptions tls() {
			TlsOptions.Builder tls = TlsOptions.builder();
			take("ssl", "tls").ifPresent((v) -> tls.mode(bool("ssl", v) ? SslMode.VERIFY_FULL : SslMode.DISABLE));
			take("ca_certs", "sslrootcert", "ssl_ca_certs").ifPresent((v) -> tls.caCertificates(Path.of(v)));
			take("sslmode").ifPresent((v) -> tls.mode(SslMode.of(v)));
			take("sslcert").ifPresent((v) -> tls.clientCertificate(Path.of(v)));
			take("sslkey").ifPresent((v) -> tls.clientKey(Path.of(v)));
			take("sslpassword").ifPresent(tls::clientKeyPassword);
			take("sslcrl").ifPresent((v) -> tls.revocationList(Path.of(v)));
			return tls.build();
		}

		private void applyKeepalive(ConnectionOptions.Builder builder) {
			var keepalive = io.quire.driver.KeepaliveOptions.defaults();
			var enabled = take("keepalives");
			if (enabled.isPresent()) {
				keepalive = keepalive.withEnabled(bool("keepalives", enabled.get()));
			}
			var idle = take("keepalives_idle");
			if (idle.isPresent()) {
				keepalive = keepalive.withIdle(Durations.parse("keepalives_idle", idle.get()));
			}
			var interval = take("keepalives_interval");
			if (interval.isPresent()) {
				keepalive = keepalive.withInterval(Durations.parse("keepalives_interval", interval.get()));
			}
			var count = take("keepalives_count");
			if (count.isPresent()) {
				keepalive = keepalive.withCount(integer("keepalives_count", count.get()));
			}
			builder.keepalive(keepalive);
		}

		private void applySession(ConnectionOptions.Builder builder) {
			take("options").ifPresent((v) -> SessionOptionsText.parse(v).forEach(builder::sessionOption));
			take("durability").ifPresent(builder::durability);
			take("read_mode").ifPresent(builder::readMode);
			take("array_limit").ifPresent((v) -> builder.arrayLimit(integer("array_limit", v)));
		}

		private java.util.Optional<String> take(String... names) {
			java.util.Optional<String> found = java.util.Optional.empty();
			for (String name : names) {
				String value = this.values.remove(name);
				if (value != null) {
					found = java.util.Optional.of(value);
				}
			}
			return found;
		}

		private static boolean bool(String option, String value) {
			return switch (value.toLowerCase(Locale.ROOT)) {
				case "true", "1", "yes", "on" -> true;
				case "false", "0", "no", "off" -> false;
				default -> throw new IllegalArgumentException(
						"Invalid connection option '" + option + "': '" + value + "' is not true or false");
			};
		}

		private static int integer(String option, String value) {
			try {
				return Integer.parseInt(value.strip());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(
						"Invalid connection option '" + option + "': '" + value + "' is not an integer", ex);
			}
		}

	}

}
