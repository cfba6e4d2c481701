package io.quire.engine.term;

import java.nio.charset.StandardCharsets;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * Checks the text {@code r.json} parses and names its first fault in the words
 * RethinkDB's JSON parser uses ("Missing a comma or ']' after an array element."), which
 * a general purpose parser does not give. Valid text is then parsed by the usual mapper.
 */
final class JsonSyntax {

	private final String text;

	private int at;

	private JsonSyntax(String text) {
		this.text = text;
	}

	/**
	 * Fails with RethinkDB's {@code r.json} error unless {@code text} is one JSON value.
	 */
	static void check(String text) {
		if (text.indexOf('\0') >= 0) {
			throw QueryException.queryLogic("Encountered unescaped null byte in JSON string.");
		}
		JsonSyntax syntax = new JsonSyntax(text);
		String fault = syntax.document();
		if (fault != null) {
			throw QueryException.queryLogic("Failed to parse \"" + shortened(text) + "\" as JSON: " + fault);
		}
	}

	/** Long input is cut to its first 37 bytes and "...", as RethinkDB prints it. */
	private static String shortened(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return (bytes.length > 40) ? new String(bytes, 0, 37, StandardCharsets.UTF_8) + "..." : text;
	}

	private @Nullable String document() {
		skipSpace();
		if (atEnd()) {
			return "The document is empty.";
		}
		String fault = value();
		skipSpace();
		return (fault == null && !atEnd()) ? "The document root must not be followed by other values." : fault;
	}

	private @Nullable String value() {
		char c = atEnd() ? '\0' : peek();
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true");
			case 'f' -> literal("false");
			case 'n' -> literal("null");
			default -> (c == '-' || isDigit(c)) ? number() : "Invalid value.";
		};
	}

	private @Nullable String object() {
		this.at++;
		skipSpace();
		if (take('}')) {
			return null;
		}
		while (true) {
			if (atEnd() || peek() != '"') {
				return "Missing a name for object member.";
			}
			String fault = string();
			skipSpace();
			if (fault == null && !take(':')) {
				fault = "Missing a colon after a name of object member.";
			}
			skipSpace();
			fault = (fault != null) ? fault : value();
			if (fault != null) {
				return fault;
			}
			skipSpace();
			if (take('}')) {
				return null;
			}
			if (!take(',')) {
				return "Missing a comma or '}' after an object member.";
			}
			skipSpace();
		}
	}

	private @Nullable String array() {
		this.at++;
		skipSpace();
		if (take(']')) {
			return null;
		}
		while (true) {
			String fault = value();
			if (fault != null) {
				return fault;
			}
			skipSpace();
			if (take(']')) {
				return null;
			}
			if (!take(',')) {
				return "Missing a comma or ']' after an array element.";
			}
			skipSpace();
		}
	}

	private @Nullable String string() {
		this.at++;
		while (!atEnd()) {
			char c = this.text.charAt(this.at++);
			if (c == '"') {
				return null;
			}
			if (c == '\\') {
				String fault = escape();
				if (fault != null) {
					return fault;
				}
			}
			else if (c < 0x20) {
				return "Invalid encoding in string.";
			}
		}
		return "Missing a closing quotation mark in string.";
	}

	private @Nullable String escape() {
		char c = atEnd() ? '\0' : this.text.charAt(this.at++);
		if (c != 'u') {
			return ("\"\\/bfnrt".indexOf(c) >= 0 && c != '\0') ? null : "Invalid escape character in string.";
		}
		int unit = hex();
		if (unit < 0) {
			return "Incorrect hex digit after \\u escape in string.";
		}
		if (!Character.isHighSurrogate((char) unit)) {
			return null;
		}
		if (!take('\\') || !take('u')) {
			return "The surrogate pair in string is invalid.";
		}
		int low = hex();
		if (low < 0) {
			return "Incorrect hex digit after \\u escape in string.";
		}
		return Character.isLowSurrogate((char) low) ? null : "The surrogate pair in string is invalid.";
	}

	private int hex() {
		if (this.at + 4 > this.text.length()) {
			return -1;
		}
		int value = 0;
		for (int i = 0; i < 4; i++) {
			int digit = Character.digit(this.text.charAt(this.at++), 16);
			if (digit < 0) {
				return -1;
			}
			value = value * 16 + digit;
		}
		return value;
	}

	private @Nullable String number() {
		int start = this.at;
		take('-');
		if (!take('0') && !digits()) {
			return "Invalid value.";
		}
		if (take('.') && !digits()) {
			return "Miss fraction part in number.";
		}
		if (take('e') || take('E')) {
			if (!take('+')) {
				take('-');
			}
			if (!digits()) {
				return "Miss exponent in number.";
			}
		}
		double value = Double.parseDouble(this.text.substring(start, this.at));
		return Double.isInfinite(value) ? "Number too big to be stored in double." : null;
	}

	private boolean digits() {
		int start = this.at;
		while (!atEnd() && isDigit(peek())) {
			this.at++;
		}
		return this.at > start;
	}

	private @Nullable String literal(String word) {
		if (!this.text.startsWith(word, this.at)) {
			return "Invalid value.";
		}
		this.at += word.length();
		return null;
	}

	private void skipSpace() {
		while (!atEnd() && " \t\n\r".indexOf(peek()) >= 0) {
			this.at++;
		}
	}

	private boolean take(char c) {
		if (!atEnd() && peek() == c) {
			this.at++;
			return true;
		}
		return false;
	}

	private boolean atEnd() {
		return this.at >= this.text.length();
	}

	private char peek() {
		return this.text.charAt(this.at);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
