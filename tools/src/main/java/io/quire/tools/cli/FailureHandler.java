package io.quire.tools.cli;

import java.io.UncheckedIOException;

import io.quire.tools.ToolException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on standard error and exit status 1.
 */
public final class FailureHandler implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception ex, CommandLine line, ParseResult parsed) {
		Throwable cause = (ex instanceof UncheckedIOException) ? ex.getCause() : ex;
		line.getErr().println(ToolException.describe(cause));
		line.getErr().flush();
		return 1;
	}

}
