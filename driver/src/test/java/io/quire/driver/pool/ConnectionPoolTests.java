package io.quire.driver.pool;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quire.driver.Connection;
import io.quire.driver.QuireConnectionClosedException;
import io.quire.driver.QuireConnectionException;
import io.quire.driver.QuireTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConnectionPoolTests {

	private final FakeConnectionFactory factory = new FakeConnectionFactory();

	private final MutableClock clock = new MutableClock();

	private ConnectionPool pool;

	@AfterEach
	void closePool() {
		if (this.pool != null) {
			this.pool.close();
		}
	}

	private ConnectionPool pool(PoolOptions.Builder options) {
		this.pool = new ConnectionPool(this.factory, options.build(), this.clock);
		return this.pool;
	}

	private static FakeConnection underlying(Connection connection) {
		return (FakeConnection) ((PooledConnection) connection).unwrap();
	}

	@Test
	void acquireShouldTimeOutWithThePoolStateWhenThePoolIsExhausted() {
		ConnectionPool pool = pool(
				PoolOptions.builder().initialSize(0).maxSize(2).maxAcquireTime(Duration.ofMillis(200)));
		pool.connect();
		pool.connect();
		assertThatExceptionOfType(QuireTimeoutException.class).isThrownBy(pool::connect)
			.withMessageContaining("200 ms")
			.withMessageContaining("total=2, active=2, idle=0, waiting=1, max=2");
		assertThat(pool.metrics().acquireTimeoutCount()).isEqualTo(1);
		assertThat(pool.metrics().pendingCount()).isZero();
		assertThat(pool.metrics().activeCount()).isEqualTo(2);
		assertThat(this.factory.opened).hasSize(2);
	}

	@Test
	void closingAPooledConnectionShouldReturnItForReuse() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0));
		Connection first = pool.connect();
		FakeConnection socket = underlying(first);
		first.close();
		assertThat(socket.isOpen()).isTrue();
		assertThat(pool.metrics().idleCount()).isEqualTo(1);
		assertThat(underlying(pool.connect())).isSameAs(socket);
		assertThat(pool.metrics().createdCount()).isEqualTo(1);
		assertThat(pool.metrics().acquiredCount()).isEqualTo(2);
	}

	@Test
	void aWaitingCallerShouldGetTheNextReturnedConnection() throws Exception {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(1));
		Connection lent = pool.connect();
		FakeConnection socket = underlying(lent);
		CompletableFuture<Connection> waiting = pool.connectAsync();
		assertThat(waiting).isNotDone();
		assertThat(pool.metrics().pendingCount()).isEqualTo(1);
		lent.close();
		Connection handedOver = waiting.get(2, TimeUnit.SECONDS);
		assertThat(underlying(handedOver)).isSameAs(socket);
		assertThat(pool.metrics().pendingCount()).isZero();
	}

	@Test
	void usingAReturnedConnectionShouldFail() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0));
		Connection connection = pool.connect();
		connection.close();
		connection.close();
		assertThat(connection.isOpen()).isFalse();
		assertThatExceptionOfType(QuireConnectionClosedException.class).isThrownBy(connection::db);
		assertThat(pool.metrics().idleCount()).isEqualTo(1);
	}

	@Test
	void aReturnedWrapperShouldNotReachTheNextLoanOfItsConnection() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0));
		Connection first = pool.connect();
		FakeConnection socket = underlying(first);
		first.close();
		Connection second = pool.connect();
		assertThat(underlying(second)).isSameAs(socket);
		assertThatExceptionOfType(QuireConnectionClosedException.class).isThrownBy(() -> underlying(first));
		assertThat(second).isNotSameAs(first);
		assertThatExceptionOfType(QuireConnectionClosedException.class).isThrownBy(first::db);
		first.close();
		assertThat(second.isOpen()).isTrue();
		assertThat(pool.metrics().activeCount()).isOne();
		assertThat(pool.metrics().idleCount()).isZero();
	}

	@Test
	void idleConnectionsShouldBeReusedNewestFirst() throws Exception {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(3));
		Connection a = pool.connect();
		Connection b = pool.connect();
		Connection c = pool.connect();
		FakeConnection socketA = underlying(a);
		FakeConnection socketB = underlying(b);
		FakeConnection socketC = underlying(c);
		a.close();
		this.clock.advance(Duration.ofSeconds(1));
		c.close();
		this.clock.advance(Duration.ofSeconds(1));
		b.close();
		CompletableFuture<FakeConnection> fromAnotherThread = CompletableFuture
			.supplyAsync(() -> underlying(pool.connect()));
		assertThat(fromAnotherThread.get(10, TimeUnit.SECONDS)).isSameAs(socketB);
		assertThat(underlying(pool.connect())).isSameAs(socketC);
		assertThat(underlying(pool.connect())).isSameAs(socketA);
	}

	@Test
	void aThreadShouldGetTheConnectionItReturnedLastWhenStillIdle() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(2));
		Connection mine = pool.connect();
		Connection other = pool.connect();
		FakeConnection socket = underlying(mine);
		mine.close();
		CompletableFuture.runAsync(other::close).join();
		assertThat(underlying(pool.connect())).isSameAs(socket);
	}

	@Test
	void anIdleConnectionPastMaxIdleTimeShouldNotBeLent() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxIdleTime(Duration.ofMinutes(10)));
		Connection connection = pool.connect();
		FakeConnection socket = underlying(connection);
		connection.close();
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(underlying(pool.connect())).isNotSameAs(socket);
		assertThat(socket.isOpen()).isFalse();
	}

	@Test
	void aBrokenConnectionShouldBeDroppedAndReplaced() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(1).maxSize(1));
		assertThat(pool.warmup()).isEqualTo(1);
		Connection connection = pool.connect();
		underlying(connection).open = false;
		connection.close();
		assertThat(pool.metrics().destroyedCount()).isEqualTo(1);
		assertThat(pool.metrics().createdCount()).isEqualTo(2);
		Connection replacement = pool.connect();
		assertThat(underlying(replacement).number).isEqualTo(2);
		assertThat(replacement.isOpen()).isTrue();
	}

	@Test
	void anIdleConnectionThatBrokeShouldNotBeLent() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0));
		Connection connection = pool.connect();
		FakeConnection socket = underlying(connection);
		connection.close();
		socket.open = false;
		assertThat(underlying(pool.connect())).isNotSameAs(socket);
		assertThat(pool.metrics().destroyedCount()).isEqualTo(1);
	}

	@Test
	void idleConnectionsShouldBeClosedAfterMaxIdleTimeKeepingTheInitialSize() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(1).maxSize(3).maxIdleTime(Duration.ofMinutes(10)));
		pool.warmup();
		Connection a = pool.connect();
		Connection b = pool.connect();
		Connection c = pool.connect();
		FakeConnection socketA = underlying(a);
		FakeConnection socketB = underlying(b);
		FakeConnection socketC = underlying(c);
		a.close();
		b.close();
		c.close();
		assertThat(pool.metrics().idleCount()).isEqualTo(3);
		this.clock.advance(Duration.ofMinutes(11));
		pool.runHousekeeping();
		assertThat(pool.metrics().idleCount()).isEqualTo(1);
		assertThat(pool.metrics().destroyedCount()).isEqualTo(2);
	}

	@Test
	void connectionsPastTheirLifeTimeShouldBeClosedWhenReturned() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxLifeTime(Duration.ofHours(1)));
		Connection connection = pool.connect();
		FakeConnection socket = underlying(connection);
		this.clock.advance(Duration.ofHours(2));
		connection.close();
		assertThat(socket.isOpen()).isFalse();
		assertThat(pool.metrics().allocatedCount()).isZero();
	}

	@Test
	void warmupShouldOpenTheInitialSize() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(3).maxSize(5));
		assertThat(pool.warmup()).isEqualTo(3);
		assertThat(pool.metrics().idleCount()).isEqualTo(3);
		assertThat(pool.warmup()).isZero();
	}

	@Test
	void leakDetectionShouldReportAConnectionHeldTooLongOnce() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).leakDetectionThreshold(Duration.ofMinutes(1)));
		Connection connection = pool.connect();
		pool.runHousekeeping();
		assertThat(pool.metrics().leakCount()).isZero();
		this.clock.advance(Duration.ofMinutes(2));
		pool.runHousekeeping();
		pool.runHousekeeping();
		assertThat(pool.metrics().leakCount()).isEqualTo(1);
		connection.close();
	}

	@Test
	void remoteValidationShouldDropConnectionsThatDoNotAnswer() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).validation(ValidationDepth.REMOTE));
		Connection connection = pool.connect();
		FakeConnection silent = underlying(connection);
		connection.close();
		silent.answers = false;
		Connection next = pool.connect();
		assertThat(underlying(next)).isNotSameAs(silent);
		assertThat(silent.isOpen()).isFalse();
		assertThat(pool.metrics().destroyedCount()).isEqualTo(1);
	}

	@Test
	void disconnectShouldCloseIdleSocketsAtOnceAndLentOnesWhenReturned() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0));
		Connection lent = pool.connect();
		Connection returned = pool.connect();
		FakeConnection idleSocket = underlying(returned);
		returned.close();
		pool.disconnect();
		assertThat(idleSocket.isOpen()).isFalse();
		FakeConnection lentSocket = underlying(lent);
		assertThat(lentSocket.isOpen()).isTrue();
		lent.close();
		assertThat(lentSocket.isOpen()).isFalse();
		assertThat(underlying(pool.connect()).number).isEqualTo(3);
	}

	@Test
	void disconnectOfASharedLoanShouldLeaveTheSocketToItsOtherBorrowersUntilTheyReturnIt() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(1).maxInFlight(2));
		Connection leaving = pool.connect();
		Connection staying = pool.connect();
		FakeConnection shared = underlying(staying);
		assertThat(underlying(leaving)).isSameAs(shared);
		leaving.disconnect();
		assertThat(shared.isOpen()).isTrue();
		assertThat(staying.db()).isEqualTo(shared.db());
		staying.close();
		assertThat(shared.isOpen()).isFalse();
		FakeConnection fresh = underlying(leaving);
		assertThat(fresh).isNotSameAs(shared);
		assertThat(fresh.isOpen()).isTrue();
		assertThat(pool.metrics().allocatedCount()).isEqualTo(1);
	}

	@Test
	void reconnectOfALoanShouldCloseItsUnsharedSocketAndHoldAFreshOne() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(1));
		Connection loan = pool.connect();
		FakeConnection old = underlying(loan);
		loan.reconnect();
		assertThat(old.isOpen()).isFalse();
		assertThat(underlying(loan)).isNotSameAs(old);
		assertThat(underlying(loan).isOpen()).isTrue();
		loan.close();
		assertThat(pool.metrics().idleCount()).isEqualTo(1);
		assertThat(pool.metrics().allocatedCount()).isEqualTo(1);
	}

	@Test
	void aLoanReturnedAfterDisconnectShouldHoldNoSocketAndRefuseFurtherUse() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(1));
		Connection loan = pool.connect();
		loan.disconnect();
		loan.close();
		assertThat(pool.metrics().allocatedCount()).isZero();
		assertThatExceptionOfType(QuireConnectionClosedException.class).isThrownBy(loan::disconnect);
		assertThatExceptionOfType(QuireConnectionClosedException.class).isThrownBy(loan::db);
	}

	@Test
	void closeShouldFailWaitingCallersAndCloseEveryConnection() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(1));
		Connection lent = pool.connect();
		CompletableFuture<Connection> waiting = pool.connectAsync();
		pool.close();
		assertThat(waiting).isCompletedExceptionally();
		assertThat(underlying(lent).isOpen()).isFalse();
		assertThat(pool.isClosed()).isTrue();
		assertThatExceptionOfType(QuireConnectionClosedException.class).isThrownBy(pool::connect);
	}

	@Test
	void aFailureToOpenShouldReachTheCallerAndFreeTheSlot() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0).maxSize(1));
		this.factory.failing = true;
		assertThatExceptionOfType(QuireConnectionException.class).isThrownBy(pool::connect)
			.withMessageContaining("fake:28015");
		assertThat(pool.metrics().allocatedCount()).isZero();
		this.factory.failing = false;
		assertThat(pool.connect().isOpen()).isTrue();
	}

	@Test
	void metricsShouldCountAcquisitionTime() {
		ConnectionPool pool = pool(PoolOptions.builder().initialSize(0));
		pool.connect().close();
		pool.connect().close();
		assertThat(pool.metrics().acquiredCount()).isEqualTo(2);
		assertThat(pool.metrics().totalAcquireTime()).isPositive();
		assertThat(pool.metrics().maxAcquireTime()).isLessThanOrEqualTo(pool.metrics().totalAcquireTime());
		assertThat(pool.metrics().maxSize()).isEqualTo(10);
	}

	@Test
	void invalidPoolOptionsShouldNameTheOption() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> PoolOptions.builder().initialSize(5).maxSize(2).build())
			.withMessageContaining("'initial-size'");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> PoolOptions.builder().maxAcquireTime(Duration.ZERO))
			.withMessageContaining("'max-acquire-time'");
	}

}
