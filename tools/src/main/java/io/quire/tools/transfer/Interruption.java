package io.quire.tools.transfer;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ctrl-C during a run: a JVM shutdown hook raises the flag, the run stops at the next
 * batch, reports what was written and removes index definitions it had begun, and the
 * hook waits (a bounded time) for that before the JVM ends.
 */
public final class Interruption implements AutoCloseable {

	private static volatile boolean shuttingDown;

	private final CountDownLatch finished = new CountDownLatch(1);

	private final Thread hook = new Thread(this::interrupt, "quire-tools-interrupt");

	private final AtomicInteger checksLeft;

	private volatile boolean raised;

	private Interruption(int checks) {
		this.checksLeft = new AtomicInteger(checks);
	}

	/** Watch for Ctrl-C until closed. */
	public static Interruption watch() {
		Interruption interruption = new Interruption(-1);
		Runtime.getRuntime().addShutdownHook(interruption.hook);
		return interruption;
	}

	/**
	 * An interruption raised by the {@code n}th {@link #check()}, as Ctrl-C there would
	 * (tests).
	 */
	static Interruption afterChecks(int n) {
		return new Interruption(n);
	}

	/**
	 * Whether the JVM is shutting down because of an interruption (no System.exit then).
	 */
	public static boolean shuttingDown() {
		return shuttingDown;
	}

	/** Raise the flag by hand (tests, or a lost server). */
	public void raise() {
		this.raised = true;
	}

	/** Whether the run must stop. */
	public boolean raised() {
		return this.raised;
	}

	/** Fail with the interruption if it was raised. */
	public void check() {
		if (this.checksLeft.decrementAndGet() == 0) {
			this.raised = true;
		}
		if (this.raised) {
			throw new InterruptedRunException();
		}
	}

	private void interrupt() {
		shuttingDown = true;
		this.raised = true;
		try {
			this.finished.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.finished.countDown();
		if (!shuttingDown) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.hook);
			}
			catch (IllegalStateException ex) {
				// the JVM is already shutting down
			}
		}
	}

	/** The run was interrupted. */
	public static final class InterruptedRunException extends RuntimeException {

		InterruptedRunException() {
			super("Interrupted");
		}

	}

}
