package io.quire.tools.data;

/**
 * A row of a file that cannot be read: malformed JSON or CSV, or not a document. The
 * message names the file, the line and the reason. A recoverable one can be skipped
 * ({@code --ignore-errors}); after an unrecoverable one the file cannot be read further.
 */
public final class BadRowException extends Exception {

	private final boolean recoverable;

	public BadRowException(String file, long line, String reason, boolean recoverable) {
		super(file + ":" + line + ": " + reason);
		this.recoverable = recoverable;
	}

	/** Whether reading can go on with the next row. */
	public boolean recoverable() {
		return this.recoverable;
	}

}
