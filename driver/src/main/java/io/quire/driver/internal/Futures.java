package io.quire.driver.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.quire.driver.QuireDriverException;
import io.quire.driver.QuireException;

/**
 * Waits for futures and unwraps their failures, so blocking calls throw the driver's
 * exceptions as they are, with the caller's stack trace added as a suppressed exception.
 */
public final class Futures {

	private Futures() {
	}

	/** Wait for the future; rethrow its failure as it is when it is unchecked. */
	public static <T> T join(CompletableFuture<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new QuireDriverException("Interrupted while waiting for the server", ex);
		}
		catch (ExecutionException ex) {
			throw rethrowable(ex.getCause());
		}
	}

	/**
	 * The exception to throw for a failure: unchecked ones as they are, others wrapped.
	 */
	public static RuntimeException rethrowable(Throwable failure) {
		Throwable cause = unwrap(failure);
		if (cause instanceof QuireException quire) {
			quire.addSuppressed(new CallerStackTrace());
			return quire;
		}
		if (cause instanceof RuntimeException runtime) {
			return runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new QuireDriverException(String.valueOf(cause.getMessage()), cause);
	}

	/** The cause of a {@link CompletionException} or {@link ExecutionException}. */
	public static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** A future that failed with the exception. */
	public static <T> CompletableFuture<T> failed(Throwable failure) {
		return CompletableFuture.failedFuture(failure);
	}

	/**
	 * Records where a blocking caller waited, for failures completed on an event loop
	 * thread.
	 */
	private static final class CallerStackTrace extends Exception {

		CallerStackTrace() {
			super("Waited for here");
		}

	}

}
