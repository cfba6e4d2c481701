package io.quire.server;

import java.net.BindException;
import java.util.Locale;

import io.quire.engine.ServerStartException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains why the engine could not start (driver port taken, data directory used by
 * another process, unreadable TLS files) and which property to change, instead of a stack
 * trace.
 */
class QuireServerStartFailureAnalyzer extends AbstractFailureAnalyzer<ServerStartException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ServerStartException cause) {
		return new FailureAnalysis("Quire could not start: " + cause.getMessage(), action(cause), cause);
	}

	private String action(ServerStartException cause) {
		if (findCause(cause, BindException.class) != null) {
			return "Stop the process that uses the driver port, or set quire.server.driver-port to another"
					+ " port (0 picks a free one).";
		}
		if (isDataDirectoryLocked(cause)) {
			return "Another Quire server is using this data directory. Stop it, or give this server a"
					+ " directory of its own with quire.server.data-dir.";
		}
		return "Check the quire.server.* settings named above.";
	}

	private boolean isDataDirectoryLocked(Throwable cause) {
		for (Throwable candidate = cause; candidate != null; candidate = candidate.getCause()) {
			String message = candidate.getMessage();
			if (message != null && message.toLowerCase(Locale.ROOT).contains("lock")) {
				return true;
			}
		}
		return false;
	}

}
