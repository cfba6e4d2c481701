package io.quire.driver;

import io.netty.util.NetUtil;
import org.jspecify.annotations.Nullable;

/**
 * A host as the user wrote it: a name or IP literal and the port it carried, if any.
 * Hosts without a port take the builder's {@code port} when the options are built.
 *
 * @param host the host name or IP address (IPv6 without brackets)
 * @param port the port written with the host, or {@code null}
 */
record HostSpec(String host, @Nullable Integer port) {

	/** A host with a known port. */
	static HostSpec of(HostAndPort address) {
		return new HostSpec(address.host(), address.port());
	}

	/**
	 * Read {@code host}, {@code host:port}, {@code [ipv6]}, {@code [ipv6]:port} or a bare
	 * IPv6 literal (more than one colon, no port), as pymongo reads a host string.
	 */
	static HostSpec parse(String text) {
		String value = text.strip();
		if (value.startsWith("[")) {
			int end = value.indexOf(']');
			if (end < 0) {
				throw new IllegalArgumentException("Invalid connection option 'host': unclosed '[' in " + text);
			}
			String literal = value.substring(1, end);
			if (!NetUtil.isValidIpV6Address(literal)) {
				throw new IllegalArgumentException(
						"Invalid connection option 'host': brackets hold an IPv6 address, not '" + literal + "' in "
								+ text);
			}
			String rest = value.substring(end + 1);
			return checked(literal, rest.isEmpty() ? null : parsePort(rest, text));
		}
		int colon = value.lastIndexOf(':');
		if (colon < 0 || value.indexOf(':') != colon) {
			return checked(value, null);
		}
		return checked(value.substring(0, colon), parsePort(value.substring(colon), text));
	}

	private static HostSpec checked(String host, @Nullable Integer port) {
		// Let the record check the host (and the port when there is one) at once.
		HostAndPort checked = new HostAndPort(host, (port != null) ? port : HostAndPort.DEFAULT_PORT);
		return new HostSpec(checked.host(), port);
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

	/** The address, with {@code defaultPort} when the host came without one. */
	HostAndPort resolve(int defaultPort) {
		return new HostAndPort(this.host, (this.port != null) ? this.port : defaultPort);
	}

}
