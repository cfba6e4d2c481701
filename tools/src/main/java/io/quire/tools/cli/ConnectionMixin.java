package io.quire.tools.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.SslMode;
import io.quire.driver.TlsOptions;
import io.quire.tools.ToolException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The connection options of RethinkDB's tools ({@code -c host:port}, {@code -p},
 * {@code --password-file}, {@code --tls-cert}) and Quire's {@code --uri}.
 */
public final class ConnectionMixin {

	@Option(names = { "-c", "--connect" }, paramLabel = "HOST:PORT",
			description = "host and client port of the server to connect to (default: localhost:28015)")
	@Nullable String connect;

	@Option(names = "--uri", paramLabel = "URI",
			description = "a rethinkdb:// or quire:// URI (user, password, hosts, TLS options); -c and the password options override its parts")
	@Nullable String uri;

	@Option(names = { "-u", "--user" }, paramLabel = "USER", description = "user name (default: admin)")
	@Nullable String user;

	@Option(names = { "-p", "--password" }, arity = "0..1", interactive = true, paramLabel = "PASSWORD",
			description = "the user's password; without a value, it is read from the terminal")
	char @Nullable [] password;

	@Option(names = "--password-file", paramLabel = "FILE",
			description = "read the password from this file (its first line)")
	@Nullable Path passwordFile;

	@Option(names = "--tls-cert", paramLabel = "FILE",
			description = "connect with TLS, verifying the server against this CA certificate (PEM)")
	@Nullable Path tlsCert;

	/** A factory for the options given. */
	public ConnectionFactory factory() {
		return ConnectionFactory.create(options());
	}

	ConnectionOptions options() {
		ConnectionOptions.Builder builder = (this.uri != null) ? parseUri(this.uri).mutate()
				: ConnectionOptions.builder();
		if (this.connect != null) {
			builder.hosts(this.connect);
		}
		if (this.user != null) {
			builder.user(this.user);
		}
		String secret = password();
		if (secret != null) {
			builder.password(secret);
		}
		if (this.tlsCert != null) {
			builder.tls(TlsOptions.builder().mode(SslMode.VERIFY_CA).caCertificates(this.tlsCert).build());
		}
		return builder.connectTimeout(Duration.ofSeconds(20)).applicationName("quire-tools").build();
	}

	private static ConnectionOptions parseUri(String uri) {
		try {
			return ConnectionOptions.parse(uri);
		}
		catch (IllegalArgumentException ex) {
			throw new ToolException("Error: invalid --uri: " + ex.getMessage());
		}
	}

	private @Nullable String password() {
		if (this.passwordFile != null) {
			try {
				String text = Files.readString(this.passwordFile, StandardCharsets.UTF_8);
				int end = text.indexOf('\n');
				return ((end < 0) ? text : text.substring(0, end)).stripTrailing();
			}
			catch (IOException ex) {
				throw new ToolException("Error: cannot read the password file " + this.passwordFile + ": " + ex);
			}
		}
		return (this.password != null) ? new String(this.password) : null;
	}

}
