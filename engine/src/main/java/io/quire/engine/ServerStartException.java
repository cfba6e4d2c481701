package io.quire.engine;

/**
 * A {@link QuireServer} could not start: its port is taken, its data directory is locked
 * by another process, or its TLS files cannot be read.
 */
public class ServerStartException extends RuntimeException {

	public ServerStartException(String message, Throwable cause) {
		super(message, cause);
	}

}
