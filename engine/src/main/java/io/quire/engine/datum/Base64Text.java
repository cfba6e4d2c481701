package io.quire.engine.datum;

import java.util.Base64;

import io.quire.engine.QueryException;

/**
 * Decodes the base64 of a BINARY pseudo-type with RethinkDB's rules and errors:
 * whitespace is skipped, padding is optional, the first {@code =} ends the data and only
 * padding or whitespace may follow it. The text is checked here; the JDK's decoder, which
 * takes unpadded data, decodes it.
 */
final class Base64Text {

	private Base64Text() {
	}

	static byte[] decode(String text) {
		String compact = withoutWhitespace(text);
		int padding = compact.indexOf('=');
		String data = (padding < 0) ? compact : compact.substring(0, padding);
		data.chars().filter((c) -> !isBase64(c)).findFirst().ifPresent((c) -> {
			throw QueryException.queryLogic("Invalid base64 character found: '" + (char) c + "'.");
		});
		if (data.length() % 4 == 1) {
			throw QueryException.queryLogic("Invalid base64 length: 1 character remaining, cannot decode a full byte.");
		}
		if (padding >= 0 && compact.chars().skip(padding).anyMatch((c) -> c != '=')) {
			throw QueryException.queryLogic("Invalid base64 format, data found after padding character '='.");
		}
		return Base64.getDecoder().decode(data);
	}

	private static String withoutWhitespace(String text) {
		StringBuilder compact = new StringBuilder(text.length());
		text.chars().filter((c) -> c != '\r' && c != '\n' && c != ' ' && c != '\t').forEach(compact::appendCodePoint);
		return compact.toString();
	}

	private static boolean isBase64(int c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
	}

}
