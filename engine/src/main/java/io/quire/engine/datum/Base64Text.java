package io.quire.engine.datum;

import java.io.ByteArrayOutputStream;

import io.quire.engine.QueryException;

/**
 * Decodes the base64 of a BINARY pseudo-type with RethinkDB's rules and errors:
 * whitespace is skipped, padding is optional, the first {@code =} ends the data and only
 * padding or whitespace may follow it.
 */
final class Base64Text {

	private Base64Text() {
	}

	static byte[] decode(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() * 3 / 4);
		int chunk = 0;
		int filled = 0;
		int at = 0;
		for (; at < text.length() && text.charAt(at) != '='; at++) {
			char c = text.charAt(at);
			if (isWhitespace(c)) {
				continue;
			}
			chunk = (chunk << 6) | value(c);
			if (++filled == 4) {
				writeChunk(bytes, chunk, 3);
				chunk = 0;
				filled = 0;
			}
		}
		if (filled == 1) {
			throw QueryException.queryLogic("Invalid base64 length: 1 character remaining, cannot decode a full byte.");
		}
		if (filled > 1) {
			writeChunk(bytes, chunk << (6 * (4 - filled)), filled - 1);
		}
		for (; at < text.length(); at++) {
			if (text.charAt(at) != '=' && !isWhitespace(text.charAt(at))) {
				throw QueryException.queryLogic("Invalid base64 format, data found after padding character '='.");
			}
		}
		return bytes.toByteArray();
	}

	private static void writeChunk(ByteArrayOutputStream bytes, int chunk, int count) {
		for (int i = 0; i < count; i++) {
			bytes.write((chunk >> (16 - 8 * i)) & 0xFF);
		}
	}

	private static boolean isWhitespace(char c) {
		return c == '\r' || c == '\n' || c == ' ' || c == '\t';
	}

	private static int value(char c) {
		if (c >= 'A' && c <= 'Z') {
			return c - 'A';
		}
		if (c >= 'a' && c <= 'z') {
			return c - 'a' + 26;
		}
		if (c >= '0' && c <= '9') {
			return c - '0' + 52;
		}
		if (c == '+') {
			return 62;
		}
		if (c == '/') {
			return 63;
		}
		throw QueryException.queryLogic("Invalid base64 character found: '" + c + "'.");
	}

}
