package io.quire.data.core.query;

/**
 * Builds RE2 regular expressions (the syntax of ReQL's {@code match}) from literal text
 * and SQL-style LIKE patterns.
 */
final class RegexPatterns {

	private RegexPatterns() {
	}

	/** The text as a regular expression that matches it literally. */
	static String quote(String text) {
		StringBuilder quoted = new StringBuilder(text.length() + 8);
		text.codePoints().forEach((codePoint) -> appendLiteral(quoted, codePoint));
		return quoted.toString();
	}

	/**
	 * A LIKE pattern ({@code %} any run of characters, {@code _} one character) as an
	 * anchored expression.
	 */
	static String like(String pattern) {
		StringBuilder regex = new StringBuilder("(?s)^");
		pattern.codePoints().forEach((codePoint) -> {
			if (codePoint == '%') {
				regex.append(".*");
			}
			else if (codePoint == '_') {
				regex.append('.');
			}
			else {
				appendLiteral(regex, codePoint);
			}
		});
		return regex.append('$').toString();
	}

	/** The expression, made case-insensitive when asked. */
	static String caseInsensitive(String regex, boolean ignoreCase) {
		return ignoreCase ? "(?i)" + regex : regex;
	}

	private static void appendLiteral(StringBuilder regex, int codePoint) {
		if (codePoint > ' ' && codePoint < 127 && !Character.isLetterOrDigit(codePoint) && codePoint != '_') {
			regex.append('\\');
		}
		regex.appendCodePoint(codePoint);
	}

}
