package io.quire.tools.testing;

import java.io.PrintWriter;
import java.io.StringWriter;

import io.quire.tools.QuireTools;

/**
 * One run of the {@code quire} command in this JVM, with its exit status and output.
 *
 * @param status the exit status
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record ToolRun(int status, String out, String err) {

	/** Run the command with these arguments. */
	public static ToolRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = QuireTools.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
		return new ToolRun(status, out.toString(), err.toString());
	}

}
