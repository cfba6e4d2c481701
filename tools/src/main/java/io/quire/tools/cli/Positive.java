package io.quire.tools.cli;

import io.quire.tools.ToolException;

/**
 * Checks counts given on the command line.
 */
final class Positive {

	private Positive() {
	}

	static void check(String option, int value) {
		if (value < 1) {
			throw new ToolException("Error: invalid " + option + " (" + value + "), must be greater than zero");
		}
	}

}
