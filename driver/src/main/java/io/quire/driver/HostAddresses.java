package io.quire.driver;

import java.util.Objects;

import io.netty.util.NetUtil;

/**
 * Checks libpq's {@code hostaddr}: a numeric IPv4 or IPv6 address, never a name, so that
 * no lookup happens.
 */
final class HostAddresses {

	private HostAddresses() {
	}

	/**
	 * The address without surrounding blanks or IPv6 brackets.
	 * @throws IllegalArgumentException naming the option when it is not numeric
	 */
	static String check(String address) {
		Objects.requireNonNull(address, "hostaddr must not be null");
		String value = address.strip();
		if (value.startsWith("[") && value.endsWith("]")) {
			value = value.substring(1, value.length() - 1);
		}
		if (!NetUtil.isValidIpV4Address(value) && !NetUtil.isValidIpV6Address(value)) {
			throw new IllegalArgumentException("Invalid connection option 'hostaddr': '" + address
					+ "' is not a numeric IPv4 or IPv6 address (a host name goes in host)");
		}
		return value;
	}

}
