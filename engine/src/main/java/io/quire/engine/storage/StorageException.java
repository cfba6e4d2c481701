package io.quire.engine.storage;

/**
 * A storage failure: the store could not be opened, read or written.
 */
public class StorageException extends RuntimeException {

	public StorageException(String message) {
		super(message);
	}

	public StorageException(String message, Throwable cause) {
		super(message, cause);
	}

}
