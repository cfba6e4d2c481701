package io.quire.engine;

/**
 * Told when an error the JVM cannot recover from (an {@link OutOfMemoryError} that no
 * bound caught, an internal JVM error) reaches a server thread. The query it hit has been
 * answered with an error already; what is left is to stop cleanly rather than run on half
 * alive. An embedded server closes itself by default; the server application exits.
 */
@FunctionalInterface
public interface FatalErrorHandler {

	void onFatalError(Throwable error);

	/**
	 * Whether the error leaves the JVM in a state it cannot trust: a
	 * {@link VirtualMachineError} other than a {@link StackOverflowError}, which only
	 * unwinds the deep query that caused it.
	 */
	static boolean isFatal(Throwable error) {
		return error instanceof VirtualMachineError && !(error instanceof StackOverflowError);
	}

}
