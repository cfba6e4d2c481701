package io.quire.engine.js;

import java.lang.management.ManagementFactory;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * A Rhino context for one evaluation or call: interpreted (so that the instruction
 * observer runs and no classes are generated), with every Java class hidden from scripts,
 * a bounded interpreter stack, and a budget of time and allocated bytes that the
 * instruction observer enforces.
 */
final class SandboxContext extends Context {

	/** Instructions between two budget checks. */
	private static final int CHECK_EVERY = 10_000;

	/** Deepest JavaScript call stack. */
	private static final int MAX_STACK_DEPTH = 10_000;

	private static final com.sun.management.@Nullable ThreadMXBean THREADS = allocationCounter();

	private String source = "";

	private JsLimits limits = new JsLimits(JsLimits.DEFAULT_TIMEOUT, 0, 0, () -> {
	});

	private long deadline;

	private long allocatedAtStart;

	SandboxContext(ContextFactory factory) {
		super(factory);
		setInterpretedMode(true);
		setLanguageVersion(VERSION_ECMASCRIPT);
		setClassShutter((className) -> false);
		setMaximumInterpreterStackDepth(MAX_STACK_DEPTH);
		setInstructionObserverThreshold(CHECK_EVERY);
		// with debug information the interpreter makes no tail calls, which would skip
		// the
		// instruction observer: `function f() { return f(); }` would never stop
		setGeneratingDebug(true);
	}

	private static com.sun.management.@Nullable ThreadMXBean allocationCounter() {
		if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
				&& threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
			return threads;
		}
		return null;
	}

	/** Starts the budget of one evaluation of {@code source}. */
	void begin(String source, JsLimits limits) {
		this.source = source;
		this.limits = limits;
		this.deadline = System.nanoTime() + limits.timeout().toNanos();
		this.allocatedAtStart = allocated();
	}

	String source() {
		return this.source;
	}

	JsLimits limits() {
		return this.limits;
	}

	/** Stops the script once it is over time, over its allocation budget or cancelled. */
	void check() {
		if (System.nanoTime() - this.deadline > 0) {
			throw new Stop(JsErrors.timedOut(this.source, this.limits));
		}
		if (allocated() - this.allocatedAtStart > this.limits.memoryLimit()) {
			throw new Stop(JsErrors.overMemory(this.source, this.limits));
		}
		if (Thread.currentThread().isInterrupted()) {
			throw new Stop(QueryException.queryLogic("JavaScript query `" + this.source + "` was interrupted."));
		}
		try {
			this.limits.interruption().run();
		}
		catch (QueryException ex) {
			throw new Stop(ex);
		}
	}

	private static long allocated() {
		return (THREADS != null) ? THREADS.getCurrentThreadAllocatedBytes() : 0;
	}

	/**
	 * Ends a script from the instruction observer. An {@link Error}, so that neither
	 * {@code catch} in the script nor Rhino wraps it; it carries the query's error.
	 */
	static final class Stop extends Error {

		private final QueryException error;

		Stop(QueryException error) {
			super(error.getMessage(), null, false, false);
			this.error = error;
		}

		QueryException error() {
			return this.error;
		}

	}

}
