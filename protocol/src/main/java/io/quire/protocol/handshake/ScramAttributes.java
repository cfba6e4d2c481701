package io.quire.protocol.handshake;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses SCRAM messages ({@code a=value,b=value}) and encodes user names as SASL names.
 */
final class ScramAttributes {

	private ScramAttributes() {
	}

	/**
	 * The attributes of a message by name, in their order.
	 * @throws HandshakeException "Invalid encoding" for a malformed or repeated attribute
	 */
	static Map<Character, String> parse(String message) {
		Map<Character, String> attributes = new LinkedHashMap<>();
		for (String part : message.split(",", -1)) {
			if (part.length() < 2 || part.charAt(1) != '=' || !isAsciiLetter(part.charAt(0))) {
				throw HandshakeException.invalidEncoding();
			}
			if (attributes.put(part.charAt(0), part.substring(2)) != null) {
				throw HandshakeException.invalidEncoding();
			}
		}
		return attributes;
	}

	/** The value of a required attribute. */
	static String require(Map<Character, String> attributes, char name) {
		String value = attributes.get(name);
		if (value == null) {
			throw HandshakeException.invalidEncoding();
		}
		return value;
	}

	/** Escapes {@code =} as {@code =3D} and {@code ,} as {@code =2C}. */
	static String encodeName(String name) {
		return name.replace("=", "=3D").replace(",", "=2C");
	}

	/**
	 * Undoes {@link #encodeName(String)}.
	 * @throws HandshakeException "Invalid username encoding" for any other {@code =}
	 * sequence
	 */
	static String decodeName(String encoded) {
		StringBuilder name = new StringBuilder(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '=') {
				name.append(decodeEscape(encoded, i));
				i += 2;
			}
			else {
				name.append(c);
			}
		}
		return name.toString();
	}

	private static char decodeEscape(String encoded, int at) {
		if (encoded.startsWith("=2C", at)) {
			return ',';
		}
		if (encoded.startsWith("=3D", at)) {
			return '=';
		}
		throw new HandshakeException(HandshakeException.INVALID_USERNAME_ENCODING, "Invalid username encoding");
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
