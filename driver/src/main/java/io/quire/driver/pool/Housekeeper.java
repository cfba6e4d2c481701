package io.quire.driver.pool;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread of a pool that runs its housekeeping at half its shortest time limit
 * (between 100 ms and 30 s), and its asynchronous acquire timeouts.
 */
final class Housekeeper {

	private static final Logger logger = LoggerFactory.getLogger(ConnectionPool.class);

	private Housekeeper() {
	}

	static ScheduledExecutorService start(PoolOptions options, Runnable housekeeping) {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "quire-pool-" + options.name() + "-housekeeper");
			thread.setDaemon(true);
			return thread;
		});
		long period = period(options).toMillis();
		executor.scheduleWithFixedDelay(() -> runSafely(options, housekeeping), period, period, TimeUnit.MILLISECONDS);
		return executor;
	}

	private static void runSafely(PoolOptions options, Runnable housekeeping) {
		try {
			housekeeping.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Pool '{}': housekeeping failed", options.name(), ex);
		}
	}

	static Duration period(PoolOptions options) {
		Duration period = Duration.ofSeconds(30);
		for (Duration limit : new Duration[] { options.maxIdleTime(), options.maxLifeTime(),
				options.leakDetectionThreshold() }) {
			if (limit != null && limit.dividedBy(2).compareTo(period) < 0) {
				period = limit.dividedBy(2);
			}
		}
		return period.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : period;
	}

}
