package io.quire.driver.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@code options} connection option: session defaults written as libpq does
 * ({@code -c durability=soft -c read_mode=outdated}) or as a list
 * ({@code durability=soft,array_limit=500}).
 */
final class SessionOptionsText {

	private SessionOptionsText() {
	}

	static Map<String, String> parse(String text) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String token : text.trim().split("[\\s,]+")) {
			if (token.isEmpty() || token.equals("-c")) {
				continue;
			}
			String setting = token.startsWith("--") ? token.substring(2)
					: token.startsWith("-c") ? token.substring(2) : token;
			int equals = setting.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException(
						"Invalid connection option 'options': '" + token + "' is not name=value");
			}
			options.put(setting.substring(0, equals), setting.substring(equals + 1));
		}
		return options;
	}

}
