package io.quire.driver;

import io.netty.util.NetUtil;

/**
 * One server address of a connection: a host name or IP literal (IPv6 without brackets)
 * and a port. A host holding a port ({@code "db:28015"}) is refused here: use
 * {@link #parse(String, int)} to read a host string.
 *
 * @param host the host name or IP address
 * @param port the driver port, 1 to 65535
 */
public record HostAndPort(String host, int port) {

	/** RethinkDB's driver port. */
	public static final int DEFAULT_PORT = 28015;

	public HostAndPort {
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("Invalid connection option 'host': host must not be empty");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException(
					"Invalid connection option 'port': " + port + " is not between 1 and 65535");
		}
		if (host.indexOf(':') >= 0 && !NetUtil.isValidIpV6Address(host)) {
			throw new IllegalArgumentException("Invalid connection option 'host': '" + host
					+ "' is neither a host name nor an IPv6 address; write a port as host:port in a host string"
					+ " (host(\"db:28015\"), hosts(...), the URI) or give it with port(...)");
		}
		if (host.indexOf('[') >= 0 || host.indexOf(']') >= 0 || host.indexOf('/') >= 0) {
			throw new IllegalArgumentException(
					"Invalid connection option 'host': '" + host + "' is not a host name or IP address");
		}
	}

	/**
	 * Parse {@code host}, {@code host:port}, {@code [ipv6]}, {@code [ipv6]:port} or a
	 * bare IPv6 literal.
	 * @param text the address
	 * @param defaultPort the port when the text has none
	 */
	public static HostAndPort parse(String text, int defaultPort) {
		return HostSpec.parse(text).resolve(defaultPort);
	}

	/** {@code host:port}, with brackets around an IPv6 literal. */
	@Override
	public String toString() {
		return (this.host.indexOf(':') >= 0 ? "[" + this.host + "]" : this.host) + ":" + this.port;
	}

}
