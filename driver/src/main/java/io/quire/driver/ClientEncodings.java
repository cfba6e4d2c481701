package io.quire.driver;

import java.util.Locale;
import java.util.Objects;

/**
 * Checks psycopg2's {@code client_encoding}: the RethinkDB protocol is UTF-8 JSON, so
 * UTF-8 under any of its usual spellings is the only encoding there is.
 */
final class ClientEncodings {

	/** The one encoding, in PostgreSQL's spelling. */
	static final String UTF8 = "UTF8";

	private ClientEncodings() {
	}

	/**
	 * {@code UTF8} for {@code UTF8}, {@code utf-8}, {@code UTF_8} or {@code unicode} in
	 * any case.
	 * @throws IllegalArgumentException naming the option for anything else
	 */
	static String check(String encoding) {
		Objects.requireNonNull(encoding, "client_encoding must not be null");
		String folded = encoding.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
		if (folded.equals(UTF8) || folded.equals("UNICODE")) {
			return UTF8;
		}
		throw new IllegalArgumentException("Invalid connection option 'client_encoding': '" + encoding
				+ "' is not supported; the RethinkDB protocol carries UTF-8 only (use UTF8)");
	}

}
