package io.quire.driver.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quire.driver.Connection;
import io.quire.driver.QuireConnectionClosedException;
import io.quire.driver.QuireDriverException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ConnectionPool} under many threads: loans never overlap, waiting callers are
 * served, the counters add up.
 */
class ConnectionPoolConcurrencyTests {

	private final FakeConnectionFactory factory = new FakeConnectionFactory();

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private ConnectionPool pool;

	@AfterEach
	void closeEverything() {
		this.threads.shutdownNow();
		if (this.pool != null) {
			this.pool.close();
		}
	}

	private ConnectionPool pool(PoolOptions.Builder options) {
		this.pool = new ConnectionPool(this.factory, options.build(), new MutableClock());
		return this.pool;
	}

	private static FakeConnection underlying(Connection connection) {
		return (FakeConnection) ((PooledConnection) connection).unwrap();
	}

	@Test
	void manyThreadsShouldNeverShareAConnectionNorExceedTheMaximumAndTheCountsShouldAddUp() throws Exception {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(1).maxSize(3));
		Set<FakeConnection> inUse = ConcurrentHashMap.newKeySet();
		AtomicInteger held = new AtomicInteger();
		AtomicInteger mostHeld = new AtomicInteger();
		AtomicInteger overlaps = new AtomicInteger();
		int workers = 8;
		int loansEach = 2_000;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < workers; i++) {
			done.add(this.threads.submit(() -> {
				start.await();
				for (int loan = 0; loan < loansEach; loan++) {
					try (Connection connection = pool.connect()) {
						mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
						if (!inUse.add(underlying(connection))) {
							overlaps.incrementAndGet();
						}
						Thread.onSpinWait();
						inUse.remove(underlying(connection));
						held.decrementAndGet();
					}
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> worker : done) {
			worker.get(60, TimeUnit.SECONDS);
		}
		PoolMetrics metrics = pool.metrics();
		assertThat(overlaps).hasValue(0);
		assertThat(mostHeld.get()).isBetween(1, 3);
		assertThat(metrics.acquiredCount()).isEqualTo((long) workers * loansEach);
		assertThat(metrics.activeCount()).isZero();
		assertThat(metrics.pendingCount()).isZero();
		assertThat(metrics.allocatedCount()).isBetween(1, 3).isEqualTo(metrics.idleCount());
		assertThat(metrics.createdCount() - metrics.destroyedCount()).isEqualTo(metrics.allocatedCount());
		assertThat(this.factory.opened).hasSizeLessThanOrEqualTo(3);
		assertThat(metrics.acquireTimeoutCount()).isZero();
	}

	@Test
	void threadsAndFuturesWaitingTogetherShouldAllBeServedAndGiveEveryConnectionBack() throws Exception {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(2));
		int workers = 6;
		int loansEach = 1_000;
		// Hold both connections until every worker waits: left alone, the workers may run
		// one after the other on a loaded machine, never wait and never open a second
		// one.
		Connection first = pool.connect();
		Connection second = pool.connect();
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < workers; i++) {
			boolean async = i % 2 == 0;
			done.add(this.threads.submit(() -> {
				for (int loan = 0; loan < loansEach; loan++) {
					Connection connection = async ? pool.connectAsync().get(10, TimeUnit.SECONDS) : pool.connect();
					assertThat(connection.isOpen()).isTrue();
					connection.close();
				}
				return null;
			}));
		}
		awaitPending(pool, workers);
		first.close();
		second.close();
		for (Future<?> worker : done) {
			worker.get(60, TimeUnit.SECONDS);
		}
		PoolMetrics metrics = pool.metrics();
		assertThat(metrics.acquiredCount()).isEqualTo((long) workers * loansEach + 2);
		assertThat(metrics.activeCount()).isZero();
		assertThat(metrics.pendingCount()).isZero();
		assertThat(metrics.idleCount()).isEqualTo(metrics.allocatedCount()).isEqualTo(2);
		assertThat(this.factory.opened).hasSize(2);
	}

	@Test
	void brokenConnectionsUnderManyThreadsShouldBeReplacedWithinTheMaximum() throws Exception {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(2));
		AtomicInteger loans = new AtomicInteger();
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			done.add(this.threads.submit(() -> {
				for (int loan = 0; loan < 500; loan++) {
					try (Connection connection = pool.connect()) {
						if (loans.incrementAndGet() % 50 == 0) {
							underlying(connection).open = false;
						}
					}
				}
				return null;
			}));
		}
		for (Future<?> worker : done) {
			worker.get(60, TimeUnit.SECONDS);
		}
		PoolMetrics metrics = pool.metrics();
		assertThat(metrics.destroyedCount()).isEqualTo(40);
		assertThat(metrics.allocatedCount()).isBetween(0, 2);
		assertThat(metrics.createdCount() - metrics.destroyedCount()).isEqualTo(metrics.allocatedCount());
		assertThat(this.factory.opened.stream().filter(FakeConnection::isOpen)).hasSize(metrics.allocatedCount());
	}

	@Test
	void aThreadWaitingForAConnectionShouldGetTheOneReturned() throws Exception {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(1));
		Connection lent = pool.connect();
		FakeConnection socket = underlying(lent);
		Future<Connection> waiting = this.threads.submit(() -> pool.connect());
		awaitPending(pool, 1);
		lent.close();
		Connection handedOver = waiting.get(10, TimeUnit.SECONDS);
		assertThat(underlying(handedOver)).isSameAs(socket);
		assertThat(pool.metrics().pendingCount()).isZero();
		assertThat(pool.metrics().activeCount()).isOne();
	}

	@Test
	void aThreadThatWaitedShouldBeServedBeforeANewcomer() throws Exception {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(1));
		Connection lent = pool.connect();
		Future<Connection> waiting = this.threads.submit(() -> pool.connect());
		awaitPending(pool, 1);
		Thread.sleep(TimeUnit.NANOSECONDS.toMillis(Waiter.PATIENCE_NANOS) + 20);
		lent.close();
		CompletableFuture<Connection> newcomer = pool.connectAsync();
		Connection served = waiting.get(10, TimeUnit.SECONDS);
		assertThat(newcomer).isNotDone();
		served.close();
		assertThat(newcomer.get(10, TimeUnit.SECONDS).isOpen()).isTrue();
	}

	@Test
	void aCallerWaitingAsynchronouslyShouldBeServedBeforeANewcomer() throws Exception {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(1));
		Connection lent = pool.connect();
		CompletableFuture<Connection> waiting = pool.connectAsync();
		lent.close();
		Future<Connection> newcomer = this.threads.submit(() -> pool.connect());
		assertThat(waiting.get(10, TimeUnit.SECONDS).isOpen()).isTrue();
		awaitPending(pool, 1);
		assertThat(newcomer).isNotDone();
		waiting.join().close();
		assertThat(newcomer.get(10, TimeUnit.SECONDS).isOpen()).isTrue();
	}

	@Test
	void waitingThreadsShouldTimeOutAndLeaveTheQueue() throws Exception {
		ConnectionPool pool = pool(
				PoolOptions.builder().initialSize(0).maxSize(1).maxAcquireTime(Duration.ofMillis(100)));
		pool.connect();
		List<Future<Connection>> waiting = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			waiting.add(this.threads.submit(() -> pool.connect()));
		}
		for (Future<Connection> caller : waiting) {
			assertThatExceptionOfType(Exception.class).isThrownBy(() -> caller.get(10, TimeUnit.SECONDS))
				.withMessageContaining("timed out after 100 ms");
		}
		assertThat(pool.metrics().acquireTimeoutCount()).isEqualTo(3);
		assertThat(pool.metrics().pendingCount()).isZero();
	}

	@Test
	void closingThePoolShouldFailAWaitingThread() throws Exception {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(1));
		pool.connect();
		Future<Connection> waiting = this.threads.submit(() -> pool.connect());
		awaitPending(pool, 1);
		pool.close();
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> waiting.get(10, TimeUnit.SECONDS))
			.withCauseInstanceOf(QuireConnectionClosedException.class);
	}

	@Test
	void anInterruptedWaitingThreadShouldStopWaiting() throws Exception {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(1));
		pool.connect();
		CompletableFuture<Thread> waiter = new CompletableFuture<>();
		Future<Connection> waiting = this.threads.submit(() -> {
			waiter.complete(Thread.currentThread());
			return pool.connect();
		});
		awaitPending(pool, 1);
		waiter.join().interrupt();
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> waiting.get(10, TimeUnit.SECONDS))
			.withCauseInstanceOf(QuireDriverException.class);
		assertThat(pool.metrics().pendingCount()).isZero();
	}

	private static void awaitPending(ConnectionPool pool, int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (pool.metrics().pendingCount() != count && System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
		assertThat(pool.metrics().pendingCount()).isEqualTo(count);
	}

}
