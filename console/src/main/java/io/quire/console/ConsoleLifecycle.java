package io.quire.console;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.SmartLifecycle;

/**
 * The console's threads: the once-a-second activity sampler and the readers that wait on
 * changefeeds for event streams. Stops first of all lifecycles (before the web server's
 * graceful shutdown and the engine), ending open streams and sessions so that neither
 * waits for a browser.
 */
final class ConsoleLifecycle implements SmartLifecycle {

	private final ActivitySampler activity;

	private final OpenStreams streams;

	private final ConsoleSessions sessions;

	private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(daemons("sampler"));

	private final ExecutorService feedReaders = Executors.newCachedThreadPool(daemons("feed"));

	private volatile boolean running;

	ConsoleLifecycle(ActivitySampler activity, OpenStreams streams, ConsoleSessions sessions) {
		this.activity = activity;
		this.streams = streams;
		this.sessions = sessions;
	}

	ExecutorService feedReaders() {
		return this.feedReaders;
	}

	@Override
	public void start() {
		this.sampler.scheduleAtFixedRate(this::sampleQuietly, 0, 1, TimeUnit.SECONDS);
		this.running = true;
	}

	/** A failed sample (a table dropped meanwhile) must not end the schedule. */
	private void sampleQuietly() {
		try {
			this.activity.sample();
		}
		catch (RuntimeException ex) {
			// the next second samples again
		}
	}

	@Override
	public void stop() {
		this.running = false;
		this.sampler.shutdownNow();
		this.streams.completeAll();
		this.sessions.closeAll();
		this.feedReaders.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}

	private static ThreadFactory daemons(String role) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, "quire-console-" + role + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
