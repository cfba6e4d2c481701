package io.quire.driver;

import java.util.Locale;

/**
 * Whether and how a connection uses TLS, with the names of libpq's {@code sslmode}.
 * RethinkDB has no STARTTLS: TLS wraps the socket from its first byte, so {@code allow}
 * and {@code prefer} try a second connection in the other mode when the first one fails.
 */
public enum SslMode {

	/** Plain TCP only (the default, as in RethinkDB). */
	DISABLE,
	/** Plain TCP first; TLS (without verification) if the plain connection fails. */
	ALLOW,
	/** TLS (without verification) first; plain TCP if the TLS connection fails. */
	PREFER,
	/** TLS, encrypted but the server certificate is not verified. */
	REQUIRE,
	/** TLS, the server certificate must chain to the trusted CA certificates. */
	VERIFY_CA,
	/** TLS, as {@link #VERIFY_CA} and the certificate must name the host connected to. */
	VERIFY_FULL;

	/** Whether the first connection attempt uses TLS. */
	public boolean tlsFirst() {
		return this != DISABLE && this != ALLOW;
	}

	/** Whether the server certificate is checked against trusted CA certificates. */
	public boolean verifiesCertificate() {
		return this == VERIFY_CA || this == VERIFY_FULL;
	}

	/** The libpq spelling, such as {@code verify-full}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The mode with the given libpq spelling ({@code verify-full}) or enum name. */
	public static SslMode of(String value) {
		String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (SslMode mode : values()) {
			if (mode.name().equals(name)) {
				return mode;
			}
		}
		throw new IllegalArgumentException("Invalid connection option 'sslmode': '" + value
				+ "' (expected disable, allow, prefer, require, verify-ca or verify-full)");
	}

}
