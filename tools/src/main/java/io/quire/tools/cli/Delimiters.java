package io.quire.tools.cli;

import io.quire.tools.ToolException;
import org.jspecify.annotations.Nullable;

/**
 * The CSV {@code --delimiter}: one character, {@code \t} for tab, a comma by default.
 */
final class Delimiters {

	private Delimiters() {
	}

	static char parse(@Nullable String delimiter) {
		if (delimiter == null) {
			return ',';
		}
		if (delimiter.equals("\\t")) {
			return '\t';
		}
		if (delimiter.length() != 1) {
			throw new ToolException("Error: Specify exactly one character for the --delimiter option: " + delimiter);
		}
		return delimiter.charAt(0);
	}

}
