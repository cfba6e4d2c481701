package io.quire.driver;

/**
 * One server address of a connection: a host name or IP literal (IPv6 without brackets)
 * and a port.
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
	}

	/**
	 * Parse {@code host}, {@code host:port}, {@code [ipv6]} or {@code [ipv6]:port}.
	 * @param text the address
	 * @param defaultPort the port when the text has none
	 */
	public static HostAndPort parse(String text, int defaultPort) {
		String value = text.strip();
		if (value.startsWith("[")) {
			int end = value.indexOf(']');
			if (end < 0) {
				throw new IllegalArgumentException("Invalid connection option 'host': unclosed '[' in " + text);
			}
			String rest = value.substring(end + 1);
			return new HostAndPort(value.substring(1, end), rest.isEmpty() ? defaultPort : parsePort(rest, text));
		}
		int colon = value.lastIndexOf(':');
		if (colon < 0 || value.indexOf(':') != colon) {
			return new HostAndPort(value, defaultPort);
		}
		return new HostAndPort(value.substring(0, colon), parsePort(value.substring(colon), text));
	}

	private static int parsePort(String colonAndPort, String text) {
		if (!colonAndPort.startsWith(":") || colonAndPort.length() < 2) {
			throw new IllegalArgumentException("Invalid connection option 'port': cannot read a port in " + text);
		}
		try {
			return Integer.parseInt(colonAndPort.substring(1));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"Invalid connection option 'port': '" + colonAndPort.substring(1) + "' is not a number in " + text,
					ex);
		}
	}

	/** {@code host:port}, with brackets around an IPv6 literal. */
	@Override
	public String toString() {
		return (this.host.indexOf(':') >= 0 ? "[" + this.host + "]" : this.host) + ":" + this.port;
	}

}
