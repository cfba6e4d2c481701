package io.quire.driver.pool;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.quire.driver.ClientResources;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.Quire;
import io.quire.driver.QuireConnectionClosedException;
import io.quire.driver.QuireDriverException;
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
 * socket broke. With {@link PoolOptions#maxInFlight()} above 1 a connection is lent to
 * that many callers at once (their queries are multiplexed on its socket) and each
 * acquisition takes the least-loaded connection with room (a thread's own last one first
 * if nobody holds it, then the fewest loans, the newest among equals). A connection that
 * broke, expired or failed validation takes no new loans and is replaced; its borrowers'
 * queries fail with the connection's own exception, and the socket is closed when the
 * last of them returns it (at once if it broke). {@link #disconnect()} closes every
 * pooled socket (they are reopened on demand); {@link #close()} closes the pool for good.
 * <p>
 * Lending an idle connection takes no lock: each entry's state is swapped atomically.
 * Callers that must wait queue up in order: a returned connection goes straight to the
 * first one if it waits asynchronously or has waited longer than a millisecond, otherwise
 * it turns idle and that caller is woken up to take it (running threads may overtake it
 * for at most that millisecond). Connection ages (idle, life, leak) follow the pool's
 * {@link Clock}; acquire timeouts follow {@link System#nanoTime()}, which is monotonic
 * and is what a waiting thread parks on.
 */
public final class ConnectionPool implements ConnectionFactory {

	private static final Logger logger = LoggerFactory.getLogger(ConnectionPool.class);

	private final ConnectionFactory factory;

	private final PoolOptions poolOptions;

	private final EntryAges ages;

	private final PoolEntries entries = new PoolEntries();

	private final WaitQueue waiters = new WaitQueue(this.entries);

	private final AtomicInteger allocated = new AtomicInteger();

	private final WaitQueue.Lender lender = new Lender();

	private final AtomicBoolean warmedUp = new AtomicBoolean();

	private final LeakDetector leaks;

	private final PoolStatistics statistics;

	private final ScheduledExecutorService housekeeper;

	private volatile long generation;

	private volatile boolean closed;

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
		this.ages = new EntryAges(poolOptions, Objects.requireNonNull(clock, "clock must not be null"));
		this.leaks = new LeakDetector(poolOptions, clock);
		this.statistics = new PoolStatistics(this.entries, this.waiters, this.allocated, poolOptions.maxSize());
		this.housekeeper = Housekeeper.start(poolOptions, this::runHousekeeping);
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
		long start = System.nanoTime();
		return lend(acquire(start + this.poolOptions.maxAcquireTime().toNanos()), start);
	}

	private PoolEntry acquire(long deadline) {
		while (true) {
			checkOpen();
			PoolEntry entry = pollAnswering(deadline);
			if (entry != null) {
				return entry;
			}
			boolean reserved = reserveSlot();
			warmupInBackground();
			entry = reserved ? awaitCreation(deadline) : this.waiters.await(deadline, this.lender);
			if (entry != null) {
				return entry;
			}
		}
	}

	private PoolEntry awaitCreation(long deadline) {
		CompletableFuture<PoolEntry> creation = create();
		try {
			return creation.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			throw Futures.rethrowable(ex.getCause());
		}
		catch (TimeoutException ex) {
			creation.thenAccept(this::giveBack);
			throw timedOut();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			creation.thenAccept(this::giveBack);
			throw new QuireDriverException("Interrupted while opening a pooled connection", ex);
		}
	}

	@Override
	public CompletableFuture<Connection> connectAsync() {
		long start = System.nanoTime();
		CompletableFuture<Connection> result = new CompletableFuture<>();
		CompletableFuture<PoolEntry> acquisition = acquireAsync();
		acquisition.whenComplete((entry, failure) -> {
			if (failure != null) {
				result.completeExceptionally(Futures.unwrap(failure));
			}
			else if (result.isDone() || !result.complete(lend(entry, start))) {
				giveBack(entry);
			}
		});
		if (!acquisition.isDone()) {
			scheduleTimeout(result, acquisition);
		}
		return result;
	}

	private CompletableFuture<PoolEntry> acquireAsync() {
		if (this.closed) {
			return CompletableFuture.failedFuture(poolClosed());
		}
		PoolEntry entry = pollFit();
		if (entry != null) {
			return validateAsync(entry);
		}
		if (reserveSlot()) {
			warmupInBackground();
			return create();
		}
		warmupInBackground();
		CompletableFuture<PoolEntry> handOff = new CompletableFuture<>();
		return this.waiters.addUnless(Waiter.completing(handOff), this::mayNotNeedToWait) ? handOff : acquireAsync();
	}

	private void scheduleTimeout(CompletableFuture<Connection> result, CompletableFuture<PoolEntry> acquisition) {
		try {
			this.housekeeper.schedule(() -> timeOut(result, acquisition), this.poolOptions.maxAcquireTime().toNanos(),
					TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			acquisition.completeExceptionally(poolClosed());
		}
	}

	private void timeOut(CompletableFuture<Connection> result, CompletableFuture<PoolEntry> acquisition) {
		if (result.isDone()) {
			return;
		}
		QuireTimeoutException timeout = timedOut();
		this.waiters.forget(acquisition);
		if (!result.completeExceptionally(timeout)) {
			this.statistics.timeouts.decrementAndGet();
		}
		acquisition.completeExceptionally(timeout);
	}

	/** Count a timeout and describe it with the pool's state. */
	private QuireTimeoutException timedOut() {
		this.statistics.timeouts.incrementAndGet();
		return new QuireTimeoutException(
				"Pool '" + this.poolOptions.name() + "': no connection available, request timed out after "
						+ this.poolOptions.maxAcquireTime().toMillis() + " ms " + state());
	}

	/**
	 * {@code (total=.., active=.., idle=.., waiting=.., max=.., loans=..)}, as HikariCP
	 * reports it.
	 */
	String state() {
		return this.statistics.state();
	}

	// ---- lending ----

	/** An idle entry fit to lend, remotely validated if asked, or {@code null}. */
	private @Nullable PoolEntry pollAnswering(long deadline) {
		PoolEntry entry;
		while ((entry = pollFit()) != null) {
			if (answers(entry, deadline)) {
				return entry;
			}
			retire(entry);
		}
		return null;
	}

	/** The least-loaded entry still fit to lend; unfit ones are retired on the way. */
	private @Nullable PoolEntry pollFit() {
		PoolEntry entry;
		while ((entry = this.entries.lendLeastLoaded()) != null) {
			if (isFit(entry)) {
				return entry;
			}
			retire(entry);
		}
		return null;
	}

	private boolean isFit(PoolEntry entry) {
		return entry.generation == this.generation && !entry.isDrained() && this.ages.isYoungEnoughToLend(entry)
				&& (this.poolOptions.validation() == ValidationDepth.NONE || entry.connection.isOpen());
	}

	private boolean answers(PoolEntry entry, long deadline) {
		if (this.poolOptions.validation() != ValidationDepth.REMOTE) {
			return true;
		}
		try {
			ping(entry).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			giveBack(entry);
			throw new QuireDriverException("Interrupted while validating a pooled connection", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			logger.debug("Pool '{}': dropping a connection that failed validation: {}", this.poolOptions.name(),
					ex.toString());
			return false;
		}
	}

	private CompletableFuture<PoolEntry> validateAsync(PoolEntry entry) {
		if (this.poolOptions.validation() != ValidationDepth.REMOTE) {
			return CompletableFuture.completedFuture(entry);
		}
		return ping(entry).handle((answer, failure) -> {
			if (failure == null) {
				return CompletableFuture.completedFuture(entry);
			}
			logger.debug("Pool '{}': dropping a connection that failed validation: {}", this.poolOptions.name(),
					failure.toString());
			retire(entry);
			return acquireAsync();
		}).thenCompose((next) -> next);
	}

	private static CompletableFuture<Long> ping(PoolEntry entry) {
		return Quire.r.expr(1).runAtomAsync(entry.connection, Long.class);
	}

	private PooledConnection lend(PoolEntry entry, long startNanos) {
		PooledConnection loan = new PooledConnection(this, entry);
		this.leaks.lent(loan);
		this.statistics.recordAcquire(System.nanoTime() - startNanos);
		return loan;
	}

	// ---- opening ----

	private boolean hasFreeSlot() {
		return this.allocated.get() < this.poolOptions.maxSize();
	}

	private boolean mayNotNeedToWait() {
		return this.closed || this.entries.hasRoom() || hasFreeSlot();
	}

	private boolean reserveSlot() {
		int count;
		while ((count = this.allocated.get()) < this.poolOptions.maxSize()) {
			if (this.allocated.compareAndSet(count, count + 1)) {
				return true;
			}
		}
		return false;
	}

	/** Open a connection for a reserved slot; the new entry is lent to the caller. */
	private CompletableFuture<PoolEntry> create() {
		long generationAtStart = this.generation;
		return this.factory.connectAsync().handle((connection, failure) -> {
			if (failure != null) {
				this.allocated.decrementAndGet();
				throw Futures.rethrowable(failure);
			}
			this.statistics.created.incrementAndGet();
			PoolEntry entry = new PoolEntry(connection, this.ages.now(), generationAtStart,
					this.poolOptions.maxInFlight());
			this.entries.add(entry);
			return entry;
		});
	}

	/**
	 * Open connections for waiting callers and up to the initial size, after one was
	 * closed.
	 */
	private void replenish() {
		if (this.closed) {
			return;
		}
		int wanted = Math.max(this.waiters.size(),
				this.warmedUp.get() ? this.poolOptions.initialSize() - this.allocated.get() : 0);
		for (int i = 0; i < wanted && reserveSlot(); i++) {
			create().whenComplete((entry, failure) -> {
				if (entry != null) {
					giveBack(entry);
				}
				else {
					this.waiters.failFirst(Futures.unwrap(failure));
				}
			});
		}
	}

	// ---- returning ----

	/**
	 * Take back a loan (its cursors are closed): reuse the entry it held, or retire it if
	 * it broke, expired or the pool was disconnected.
	 */
	void release(PooledConnection loan, @Nullable PoolEntry entry) {
		this.leaks.returned(loan);
		if (entry == null) {
			return;
		}
		long now = this.ages.now();
		if (isReusable(entry, now)) {
			this.ages.returned(entry, now);
			this.entries.returnedByCurrentThread(entry);
			giveBack(entry);
		}
		else {
			retire(entry);
			replenish();
		}
	}

	private boolean isReusable(PoolEntry entry, long now) {
		return !this.closed && entry.generation == this.generation && !entry.isDrained() && entry.connection.isOpen()
				&& !this.ages.hasLivedTooLong(entry, now);
	}

	/**
	 * Retire the entry a loan let go of ({@link PooledConnection#disconnect()}): no new
	 * loans, closed when its last borrower returns it.
	 */
	void evict(PoolEntry entry) {
		retire(entry);
		replenish();
	}

	/** An entry for a loan that let go of its own, waiting up to the acquire time. */
	PoolEntry acquireForLoan() {
		long start = System.nanoTime();
		PoolEntry entry = acquire(start + this.poolOptions.maxAcquireTime().toNanos());
		this.statistics.recordAcquire(System.nanoTime() - start);
		return entry;
	}

	/**
	 * Make a loan of a healthy entry available: hand it to the waiter at the head of the
	 * queue if that one wants it handed over, or give it back and wake that waiter up.
	 */
	void giveBack(PoolEntry entry) {
		if (entry.isDrained()) {
			retire(entry);
			return;
		}
		while (!this.waiters.handOff(entry)) {
			if (entry.giveBackLoan()) {
				closeQuietly(entry);
				return;
			}
			if (this.closed && entry.tryLendUnused()) {
				retire(entry);
				return;
			}
			if (!this.waiters.takeBackForFirst(entry)) {
				return;
			}
		}
	}

	/**
	 * Give back a loan of an entry for good: the first caller takes it out of the pool
	 * (freeing its slot) and closes it at once if it broke; the last loan closes it.
	 */
	private void retire(PoolEntry entry) {
		if (entry.drain()) {
			this.entries.remove(entry);
			this.allocated.decrementAndGet();
			this.statistics.destroyed.incrementAndGet();
			if (!entry.connection.isOpen()) {
				closeQuietly(entry);
			}
		}
		if (entry.giveBackLoan()) {
			closeQuietly(entry);
		}
	}

	private void closeQuietly(PoolEntry entry) {
		try {
			entry.connection.close();
		}
		catch (RuntimeException ex) {
			logger.debug("Pool '{}': closing a connection failed: {}", this.poolOptions.name(), ex.toString());
		}
	}

	// ---- warmup, housekeeping, shutdown ----

	/**
	 * Open connections until the pool holds {@code initialSize}, waiting for them.
	 * @return the number of connections opened
	 */
	public int warmup() {
		this.warmedUp.set(true);
		List<CompletableFuture<PoolEntry>> created = new ArrayList<>();
		int count;
		while (!this.closed && (count = this.allocated.get()) < this.poolOptions.initialSize()) {
			if (this.allocated.compareAndSet(count, count + 1)) {
				created.add(create().whenComplete((entry, failure) -> {
					if (entry != null) {
						giveBack(entry);
					}
				}));
			}
		}
		created.forEach(Futures::join);
		return created.size();
	}

	private void warmupInBackground() {
		if (!this.warmedUp.get() && this.warmedUp.compareAndSet(false, true)) {
			replenish();
		}
	}

	/**
	 * Close idle connections past their idle or life time (keeping the initial size),
	 * report leaks.
	 */
	void runHousekeeping() {
		this.leaks.report(this.statistics.leaks);
		long now = this.ages.now();
		for (PoolEntry entry : this.entries.snapshot()) {
			if (entry.tryLendUnused()) {
				if (isExpired(entry, now)) {
					retire(entry);
				}
				else {
					giveBack(entry);
				}
			}
		}
		replenish();
	}

	private boolean isExpired(PoolEntry entry, long now) {
		return entry.generation != this.generation || this.ages.hasLivedTooLong(entry, now)
				|| !entry.connection.isOpen()
				|| (this.ages.isIdleTooLong(entry, now) && this.allocated.get() > this.poolOptions.initialSize());
	}

	/**
	 * Close every pooled socket: idle ones now, lent ones when they are returned. The
	 * pool stays usable and opens new connections on demand (pymongo's
	 * {@code disconnect}).
	 */
	public void disconnect() {
		synchronized (this) {
			this.generation++;
		}
		for (PoolEntry entry : this.entries.snapshot()) {
			if (entry.tryLendUnused()) {
				retire(entry);
			}
		}
	}

	/**
	 * Close the pool: fail waiting callers, close idle and lent connections. Idempotent.
	 */
	@Override
	public void close() {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
		}
		this.waiters.failAll(poolClosed());
		disconnect();
		for (PoolEntry entry : this.entries.snapshot()) {
			if (entry.isLent()) {
				entry.connection.close();
			}
		}
		this.housekeeper.shutdownNow();
	}

	/** Whether {@link #close()} was called. */
	public boolean isClosed() {
		return this.closed;
	}

	private void checkOpen() {
		if (this.closed) {
			throw poolClosed();
		}
	}

	private QuireConnectionClosedException poolClosed() {
		return new QuireConnectionClosedException("Pool '" + this.poolOptions.name() + "' is closed");
	}

	@Override
	public String toString() {
		return "ConnectionPool{" + this.poolOptions.name() + " " + state() + "}";
	}

	/** What a thread waiting in the queue asks of the pool. */
	private final class Lender implements WaitQueue.Lender {

		@Override
		public @Nullable PoolEntry pollIdle(long deadline) {
			return ConnectionPool.this.closed ? null : pollAnswering(deadline);
		}

		@Override
		public boolean shouldStartOver() {
			return ConnectionPool.this.closed || hasFreeSlot();
		}

		@Override
		public void giveBack(PoolEntry entry) {
			ConnectionPool.this.giveBack(entry);
		}

		@Override
		public QuireTimeoutException timedOut() {
			return ConnectionPool.this.timedOut();
		}

	}

}
