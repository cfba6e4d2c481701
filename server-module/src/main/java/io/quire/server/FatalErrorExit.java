package io.quire.server;

import java.time.Duration;

import io.quire.engine.FatalErrorHandler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Stops the process when an error the JVM cannot recover from (an
 * {@link OutOfMemoryError} no bound caught) reaches a query worker or kills any thread: a
 * server with a dead committer, poller or worker would look alive and serve nobody. Logs,
 * then exits with status 1 through the usual shutdown (Spring's hook closes the engine
 * and its storage), on a thread of its own since shutdown waits for the workers; halts if
 * that shutdown itself hangs.
 */
final class FatalErrorExit implements FatalErrorHandler, Thread.UncaughtExceptionHandler {

	private static final Log logger = LogFactory.getLog(FatalErrorExit.class);

	private static final Duration HALT_AFTER = Duration.ofSeconds(60);

	private final Exiter exiter;

	private volatile boolean exiting;

	FatalErrorExit() {
		this(new Exiter() {
		});
	}

	FatalErrorExit(Exiter exiter) {
		this.exiter = exiter;
	}

	/** Makes every thread that dies of a fatal error stop the process. */
	static void installForUncaughtErrors() {
		Thread.setDefaultUncaughtExceptionHandler(new FatalErrorExit());
	}

	@Override
	public void onFatalError(Throwable error) {
		logger.fatal("Fatal error in a query; the server exits", error);
		exit();
	}

	@Override
	public void uncaughtException(Thread thread, Throwable error) {
		if (FatalErrorHandler.isFatal(error)) {
			logger.fatal("Fatal error on thread " + thread.getName() + "; the server exits", error);
			exit();
		}
		else {
			logger.error("Uncaught exception on thread " + thread.getName(), error);
		}
	}

	private synchronized void exit() {
		if (this.exiting) {
			return;
		}
		this.exiting = true;
		start("quire-fatal-exit", () -> this.exiter.exit(1));
		start("quire-fatal-halt", () -> {
			try {
				Thread.sleep(HALT_AFTER.toMillis());
				this.exiter.halt(1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
	}

	private static void start(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	/** How the process ends; a seam for tests. */
	interface Exiter {

		default void exit(int status) {
			System.exit(status);
		}

		default void halt(int status) {
			Runtime.getRuntime().halt(status);
		}

	}

}
