package io.quire.driver.pool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import io.quire.driver.ClientResources;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.Quire;
import io.quire.driver.QuireConnectionClosedException;
import io.quire.driver.QuireTimeoutException;
import io.quire.driver.internal.Futures;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pool of connections that is itself a {@link ConnectionFactory}: {@link #connect()}
 * lends a connection and closing it returns it. The pool opens {@code initialSize}
 * connections on {@link #warmup()} (or the first acquisition), grows up to
 * {@code maxSize}, closes connections idle or alive too long, checks connections before
 * lending them, warns about connections held too long, and replaces connections whose
 * socket broke. Idle connections are reused newest first. {@link #disconnect()} closes
 * every pooled socket (they are reopened on demand); {@link #close()} closes the pool for
 * good.
 */
public final class ConnectionPool implements ConnectionFactory {

	private static final Logger logger = LoggerFactory.getLogger(ConnectionPool.class);

	private final ConnectionFactory factory;

	private final PoolOptions poolOptions;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private final Deque<PoolEntry> idle = new ArrayDeque<>();

	private final Set<PoolEntry> active = new HashSet<>();

	private final Deque<CompletableFuture<PoolEntry>> waiters = new ArrayDeque<>();

	private final Statistics statistics = new Statistics();

	private final ScheduledExecutorService housekeeper;

	private int allocated;

	private long generation;

	private boolean closed;

	private boolean warmedUp;

	/**
	 * A pool over connections of the factory (which should not auto-reconnect), with the
	 * system clock.
	 */
	public ConnectionPool(ConnectionFactory factory, PoolOptions poolOptions) {
		this(factory, poolOptions, Clock.systemUTC());
	}

	/**
	 * A pool over connections of the factory, with the clock used for idle, life and leak
	 * times.
	 */
	public ConnectionPool(ConnectionFactory factory, PoolOptions poolOptions, Clock clock) {
		this.factory = Objects.requireNonNull(factory, "factory must not be null");
		this.poolOptions = Objects.requireNonNull(poolOptions, "poolOptions must not be null");
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
		this.housekeeper = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "quire-pool-" + poolOptions.name() + "-housekeeper");
			thread.setDaemon(true);
			return thread;
		});
		long period = housekeepingPeriod(poolOptions).toMillis();
		this.housekeeper.scheduleWithFixedDelay(this::safeHousekeeping, period, period, TimeUnit.MILLISECONDS);
	}

	/**
	 * A pool of connections opened with the options, on the shared
	 * {@link ClientResources}.
	 */
	public static ConnectionPool create(ConnectionOptions options, PoolOptions poolOptions) {
		return create(options, poolOptions, ClientResources.shared());
	}

	/** A pool of connections opened with the options, on the given resources. */
	public static ConnectionPool create(ConnectionOptions options, PoolOptions poolOptions, ClientResources resources) {
		ConnectionOptions pooled = options.mutate().autoReconnect(false).build();
		return new ConnectionPool(ConnectionFactory.create(pooled, resources), poolOptions);
	}

	@Override
	public ConnectionOptions options() {
		return this.factory.options();
	}

	/** The pool's settings. */
	public PoolOptions poolOptions() {
		return this.poolOptions;
	}

	/** Live statistics. */
	public PoolMetrics metrics() {
		return this.statistics;
	}

	/**
	 * Borrow a connection, waiting up to {@code maxAcquireTime}.
	 * @throws QuireTimeoutException with the pool's state when none became free in time
	 */
	@Override
	public Connection connect() {
		return Futures.join(connectAsync());
	}

	@Override
	public CompletableFuture<Connection> connectAsync() {
		long start = System.nanoTime();
		CompletableFuture<Connection> result = new CompletableFuture<>();
		CompletableFuture<PoolEntry> acquisition = acquire();
		acquisition.whenComplete((entry, failure) -> {
			if (failure != null) {
				result.completeExceptionally(Futures.unwrap(failure));
			}
			else if (!result.complete(lend(entry, start))) {
				release(entry);
			}
		});
		if (!acquisition.isDone()) {
			scheduleTimeout(result, acquisition);
		}
		warmupInBackground();
		return result;
	}

	private void scheduleTimeout(CompletableFuture<Connection> result, CompletableFuture<PoolEntry> acquisition) {
		Duration limit = this.poolOptions.maxAcquireTime();
		try {
			this.housekeeper.schedule(() -> timeOut(result, acquisition, limit), limit.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			acquisition.completeExceptionally(poolClosed());
		}
	}

	private void timeOut(CompletableFuture<Connection> result, CompletableFuture<PoolEntry> acquisition,
			Duration limit) {
		if (result.isDone()) {
			return;
		}
		QuireTimeoutException timeout = new QuireTimeoutException("Pool '" + this.poolOptions.name()
				+ "': no connection available, request timed out after " + limit.toMillis() + " ms " + state());
		removeWaiter(acquisition);
		this.statistics.timeouts.incrementAndGet();
		if (!result.completeExceptionally(timeout)) {
			this.statistics.timeouts.decrementAndGet();
		}
		acquisition.completeExceptionally(timeout);
	}

	/** {@code (total=.., active=.., idle=.., waiting=..)}, as HikariCP reports it. */
	String state() {
		this.lock.lock();
		try {
			return "(total=" + this.allocated + ", active=" + this.active.size() + ", idle=" + this.idle.size()
					+ ", waiting=" + this.waiters.size() + ", max=" + this.poolOptions.maxSize() + ")";
		}
		finally {
			this.lock.unlock();
		}
	}

	// ---- acquiring ----

	private CompletableFuture<PoolEntry> acquire() {
		List<PoolEntry> stale = new ArrayList<>();
		PoolEntry entry;
		boolean create = false;
		CompletableFuture<PoolEntry> waiter = null;
		this.lock.lock();
		try {
			if (this.closed) {
				return CompletableFuture.failedFuture(poolClosed());
			}
			entry = pollIdle(stale);
			if (entry == null && this.allocated < this.poolOptions.maxSize()) {
				this.allocated++;
				create = true;
			}
			else if (entry == null) {
				waiter = new CompletableFuture<>();
				this.waiters.addLast(waiter);
			}
		}
		finally {
			this.lock.unlock();
		}
		stale.forEach(this::destroy);
		if (entry != null) {
			return validate(entry);
		}
		return create ? create() : waiter;
	}

	/**
	 * The newest idle entry still fit to lend; unfit ones are moved to {@code stale}.
	 * Under the lock.
	 */
	private @Nullable PoolEntry pollIdle(List<PoolEntry> stale) {
		Instant now = this.clock.instant();
		PoolEntry entry;
		while ((entry = this.idle.pollFirst()) != null) {
			if (isFit(entry, now)) {
				return entry;
			}
			this.allocated--;
			stale.add(entry);
		}
		return null;
	}

	private boolean isFit(PoolEntry entry, Instant now) {
		return entry.generation == this.generation && !entry.isIdleLongerThan(this.poolOptions.maxIdleTime(), now)
				&& !entry.hasLivedLongerThan(this.poolOptions.maxLifeTime(), now)
				&& (this.poolOptions.validation() == ValidationDepth.NONE || entry.connection.isOpen());
	}

	private CompletableFuture<PoolEntry> validate(PoolEntry entry) {
		if (this.poolOptions.validation() != ValidationDepth.REMOTE) {
			return CompletableFuture.completedFuture(entry);
		}
		return Quire.r.expr(1).runAtomAsync(entry.connection, Long.class).handle((answer, failure) -> {
			if (failure == null) {
				return CompletableFuture.completedFuture(entry);
			}
			logger.debug("Pool '{}': dropping a connection that failed validation: {}", this.poolOptions.name(),
					failure.toString());
			discard(entry);
			return acquire();
		}).thenCompose((next) -> next);
	}

	private CompletableFuture<PoolEntry> create() {
		long generationAtStart = currentGeneration();
		return this.factory.connectAsync().handle((connection, failure) -> {
			if (failure != null) {
				this.lock.lock();
				try {
					this.allocated--;
				}
				finally {
					this.lock.unlock();
				}
				throw Futures.rethrowable(failure);
			}
			this.statistics.created.incrementAndGet();
			return new PoolEntry(connection, this.clock.instant(), generationAtStart);
		});
	}

	private long currentGeneration() {
		this.lock.lock();
		try {
			return this.generation;
		}
		finally {
			this.lock.unlock();
		}
	}

	private PooledConnection lend(PoolEntry entry, long startNanos) {
		this.lock.lock();
		try {
			entry.borrowedAt = this.clock.instant();
			entry.leakReported = false;
			entry.borrowedFrom = (this.poolOptions.leakDetectionThreshold() != null)
					? new Throwable("Connection borrowed here") : null;
			this.active.add(entry);
			this.statistics.recordAcquire(System.nanoTime() - startNanos);
		}
		finally {
			this.lock.unlock();
		}
		return new PooledConnection(this, entry);
	}

	// ---- returning ----

	/**
	 * Take back a lent entry: reuse it, or close it if it broke, expired or the pool was
	 * disconnected.
	 */
	void release(PoolEntry entry) {
		try {
			entry.connection.closeCursors();
		}
		catch (RuntimeException ex) {
			logger.debug("Pool '{}': closing cursors of a returned connection failed: {}", this.poolOptions.name(),
					ex.toString());
		}
		boolean keep;
		this.lock.lock();
		try {
			this.active.remove(entry);
			entry.borrowedAt = null;
			entry.borrowedFrom = null;
			keep = !this.closed && entry.generation == this.generation && entry.connection.isOpen()
					&& !entry.hasLivedLongerThan(this.poolOptions.maxLifeTime(), this.clock.instant());
			if (!keep) {
				this.allocated--;
			}
		}
		finally {
			this.lock.unlock();
		}
		if (keep) {
			offer(entry);
		}
		else {
			destroy(entry);
			replenish();
		}
	}

	/** Hand a healthy entry to the first caller still waiting, or put it back as idle. */
	private void offer(PoolEntry entry) {
		while (true) {
			CompletableFuture<PoolEntry> waiter;
			this.lock.lock();
			try {
				waiter = this.waiters.pollFirst();
				if (waiter == null) {
					entry.lastReturnedAt = this.clock.instant();
					this.idle.addFirst(entry);
					return;
				}
			}
			finally {
				this.lock.unlock();
			}
			if (waiter.complete(entry)) {
				return;
			}
		}
	}

	private void discard(PoolEntry entry) {
		this.lock.lock();
		try {
			this.allocated--;
		}
		finally {
			this.lock.unlock();
		}
		destroy(entry);
	}

	private void destroy(PoolEntry entry) {
		this.statistics.destroyed.incrementAndGet();
		try {
			entry.connection.close();
		}
		catch (RuntimeException ex) {
			logger.debug("Pool '{}': closing a connection failed: {}", this.poolOptions.name(), ex.toString());
		}
	}

	private void removeWaiter(CompletableFuture<PoolEntry> waiter) {
		this.lock.lock();
		try {
			this.waiters.remove(waiter);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Open connections for waiting callers and up to the initial size, after one was
	 * closed.
	 */
	private void replenish() {
		int toCreate;
		this.lock.lock();
		try {
			if (this.closed) {
				return;
			}
			int wanted = Math.max(this.waiters.size(),
					this.warmedUp ? this.poolOptions.initialSize() - this.allocated : 0);
			toCreate = Math.max(0, Math.min(wanted, this.poolOptions.maxSize() - this.allocated));
			this.allocated += toCreate;
		}
		finally {
			this.lock.unlock();
		}
		for (int i = 0; i < toCreate; i++) {
			create().whenComplete((entry, failure) -> {
				if (entry != null) {
					offer(entry);
				}
				else {
					failFirstWaiter(failure);
				}
			});
		}
	}

	private void failFirstWaiter(Throwable failure) {
		CompletableFuture<PoolEntry> waiter;
		this.lock.lock();
		try {
			waiter = this.waiters.pollFirst();
		}
		finally {
			this.lock.unlock();
		}
		if (waiter != null) {
			waiter.completeExceptionally(Futures.unwrap(failure));
		}
	}

	// ---- warmup, housekeeping, shutdown ----

	/**
	 * Open connections until the pool holds {@code initialSize}, waiting for them.
	 * @return the number of connections opened
	 */
	public int warmup() {
		int toCreate;
		this.lock.lock();
		try {
			this.warmedUp = true;
			toCreate = this.closed ? 0 : Math.max(0, this.poolOptions.initialSize() - this.allocated);
			this.allocated += toCreate;
		}
		finally {
			this.lock.unlock();
		}
		List<CompletableFuture<PoolEntry>> created = new ArrayList<>();
		for (int i = 0; i < toCreate; i++) {
			created.add(create().whenComplete((entry, failure) -> {
				if (entry != null) {
					offer(entry);
				}
			}));
		}
		created.forEach(Futures::join);
		return toCreate;
	}

	private void warmupInBackground() {
		boolean first;
		this.lock.lock();
		try {
			first = !this.warmedUp;
			this.warmedUp = true;
		}
		finally {
			this.lock.unlock();
		}
		if (first) {
			replenish();
		}
	}

	private void safeHousekeeping() {
		try {
			runHousekeeping();
		}
		catch (RuntimeException ex) {
			logger.warn("Pool '{}': housekeeping failed", this.poolOptions.name(), ex);
		}
	}

	/**
	 * Close idle connections past their idle or life time (keeping the initial size),
	 * report leaks.
	 */
	void runHousekeeping() {
		List<PoolEntry> stale = new ArrayList<>();
		Instant now = this.clock.instant();
		this.lock.lock();
		try {
			for (PoolEntry entry : List.copyOf(this.idle)) {
				boolean expired = entry.hasLivedLongerThan(this.poolOptions.maxLifeTime(), now)
						|| !entry.connection.isOpen() || (entry.isIdleLongerThan(this.poolOptions.maxIdleTime(), now)
								&& this.allocated > this.poolOptions.initialSize());
				if (expired) {
					this.idle.remove(entry);
					this.allocated--;
					stale.add(entry);
				}
			}
			this.active.forEach((entry) -> reportLeak(entry, now));
		}
		finally {
			this.lock.unlock();
		}
		stale.forEach(this::destroy);
		replenish();
	}

	private void reportLeak(PoolEntry entry, Instant now) {
		Duration threshold = this.poolOptions.leakDetectionThreshold();
		if (!entry.leakReported && entry.isHeldLongerThan(threshold, now)) {
			entry.leakReported = true;
			this.statistics.leaks.incrementAndGet();
			logger.warn("Pool '{}': a connection has been held for more than {} ms and may have leaked",
					this.poolOptions.name(), threshold.toMillis(), entry.borrowedFrom);
		}
	}

	/**
	 * Close every pooled socket: idle ones now, lent ones when they are returned. The
	 * pool stays usable and opens new connections on demand (pymongo's
	 * {@code disconnect}).
	 */
	public void disconnect() {
		List<PoolEntry> stale;
		this.lock.lock();
		try {
			this.generation++;
			stale = new ArrayList<>(this.idle);
			this.idle.clear();
			this.allocated -= stale.size();
		}
		finally {
			this.lock.unlock();
		}
		stale.forEach(this::destroy);
	}

	/**
	 * Close the pool: fail waiting callers, close idle and lent connections. Idempotent.
	 */
	@Override
	public void close() {
		List<CompletableFuture<PoolEntry>> waiting;
		List<PoolEntry> lent;
		this.lock.lock();
		try {
			if (this.closed) {
				return;
			}
			this.closed = true;
			waiting = new ArrayList<>(this.waiters);
			this.waiters.clear();
			lent = new ArrayList<>(this.active);
		}
		finally {
			this.lock.unlock();
		}
		waiting.forEach((waiter) -> waiter.completeExceptionally(poolClosed()));
		disconnect();
		lent.forEach((entry) -> entry.connection.close());
		this.housekeeper.shutdownNow();
	}

	/** Whether {@link #close()} was called. */
	public boolean isClosed() {
		this.lock.lock();
		try {
			return this.closed;
		}
		finally {
			this.lock.unlock();
		}
	}

	private QuireConnectionClosedException poolClosed() {
		return new QuireConnectionClosedException("Pool '" + this.poolOptions.name() + "' is closed");
	}

	private static Duration housekeepingPeriod(PoolOptions options) {
		Duration period = Duration.ofSeconds(30);
		for (Duration limit : new Duration[] { options.maxIdleTime(), options.maxLifeTime(),
				options.leakDetectionThreshold() }) {
			if (limit != null && limit.dividedBy(2).compareTo(period) < 0) {
				period = limit.dividedBy(2);
			}
		}
		return period.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : period;
	}

	@Override
	public String toString() {
		return "ConnectionPool{" + this.poolOptions.name() + " " + state() + "}";
	}

	/** The counters behind {@link PoolMetrics}. */
	private final class Statistics implements PoolMetrics {

		final AtomicLong created = new AtomicLong();

		final AtomicLong destroyed = new AtomicLong();

		final AtomicLong acquired = new AtomicLong();

		final AtomicLong timeouts = new AtomicLong();

		final AtomicLong leaks = new AtomicLong();

		final AtomicLong acquireNanos = new AtomicLong();

		final AtomicLong maxAcquireNanos = new AtomicLong();

		void recordAcquire(long nanos) {
			this.acquired.incrementAndGet();
			this.acquireNanos.addAndGet(nanos);
			this.maxAcquireNanos.accumulateAndGet(nanos, Math::max);
		}

		@Override
		public int activeCount() {
			return locked(() -> ConnectionPool.this.active.size());
		}

		@Override
		public int idleCount() {
			return locked(() -> ConnectionPool.this.idle.size());
		}

		@Override
		public int pendingCount() {
			return locked(() -> ConnectionPool.this.waiters.size());
		}

		@Override
		public int allocatedCount() {
			return locked(() -> ConnectionPool.this.allocated);
		}

		@Override
		public int maxSize() {
			return ConnectionPool.this.poolOptions.maxSize();
		}

		@Override
		public long createdCount() {
			return this.created.get();
		}

		@Override
		public long destroyedCount() {
			return this.destroyed.get();
		}

		@Override
		public long acquiredCount() {
			return this.acquired.get();
		}

		@Override
		public long acquireTimeoutCount() {
			return this.timeouts.get();
		}

		@Override
		public long leakCount() {
			return this.leaks.get();
		}

		@Override
		public Duration totalAcquireTime() {
			return Duration.ofNanos(this.acquireNanos.get());
		}

		@Override
		public Duration maxAcquireTime() {
			return Duration.ofNanos(this.maxAcquireNanos.get());
		}

		private int locked(java.util.function.IntSupplier value) {
			ConnectionPool.this.lock.lock();
			try {
				return value.getAsInt();
			}
			finally {
				ConnectionPool.this.lock.unlock();
			}
		}

	}

}
