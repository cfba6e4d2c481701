package io.quire.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quire.engine.query.ResultStream;
import io.quire.engine.term.Cancellation;
import io.quire.protocol.ResponseNote;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConsoleSessionsTests {

	private static final QuireServer server = QuireServer.builder().port(0).inMemory().maxConnections(3).build();

	private Instant now = Instant.parse("2026-01-01T00:00:00Z");

	private final ConsoleSessions sessions = new ConsoleSessions(new ConsoleOptions(Duration.ofMinutes(10), 4, false),
			new Clock() {

				@Override
				public ZoneOffset getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(java.time.ZoneId zone) {
					return this;
				}

				@Override
				public Instant instant() {
					return ConsoleSessionsTests.this.now;
				}

			}, server::connectInProcess);

	@BeforeAll
	static void startServer() {
		server.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@AfterEach
	void closeSessions() {
		this.sessions.closeAll();
	}

	@Test
	void sessionsShouldTakePlacesUnderTheServersConnectionLimitUntilClosed() {
		ConsoleSession first = this.sessions.open("admin", "127.0.0.1", false);
		this.sessions.open("admin", "127.0.0.1", false);
		this.sessions.open("admin", "127.0.0.1", false);
		assertThat(server.metrics().openConnections()).isEqualTo(3);
		assertThatExceptionOfType(ConsoleException.class)
			.isThrownBy(() -> this.sessions.open("admin", "127.0.0.1", false))
			.withMessage("Too many connections: the server accepts at most 3 client connections.")
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
		this.sessions.close(first.id());
		assertThat(server.metrics().openConnections()).isEqualTo(2);
		assertThat(this.sessions.open("admin", "127.0.0.1", false)).isNotNull();
	}

	@Test
	void sessionsShouldGetRandomIdsAndTokensAndConnectionIdsBelowTheDrivers() {
		ConsoleSession first = this.sessions.open("admin", "127.0.0.1", false);
		ConsoleSession second = this.sessions.open("admin", "127.0.0.1", false);
		assertThat(first.id()).isNotEqualTo(second.id()).hasSize(43);
		assertThat(first.csrfToken()).isNotEqualTo(first.id()).isNotEqualTo(second.csrfToken());
		assertThat(first.querySession().connectionId()).isNegative();
		assertThat(second.querySession().connectionId()).isLessThan(first.querySession().connectionId());
		assertThat(first.querySession().clientAddress()).isEqualTo("console 127.0.0.1");
	}

	@Test
	void aSessionUsedWithinTheTimeoutShouldLiveOn() {
		ConsoleSession session = this.sessions.open("admin", "127.0.0.1", false);
		this.now = this.now.plus(Duration.ofMinutes(9));
		assertThat(this.sessions.require(session.id())).isSameAs(session);
		this.now = this.now.plus(Duration.ofMinutes(9));
		assertThat(this.sessions.require(session.id())).isSameAs(session);
	}

	@Test
	void anUnusedSessionShouldExpireAndCloseItsCursors() {
		ConsoleSession session = this.sessions.open("admin", "127.0.0.1", false);
		AtomicBoolean closed = new AtomicBoolean();
		session.addCursor(new ConsoleCursor("q1", new EmptyFeed(), new Cancellation(), () -> closed.set(true)));
		this.now = this.now.plus(Duration.ofMinutes(11));
		assertThatExceptionOfType(ConsoleException.class).isThrownBy(() -> this.sessions.require(session.id()))
			.withMessage("The session expired; sign in again.");
		assertThat(closed).isTrue();
		assertThatExceptionOfType(ConsoleException.class).isThrownBy(() -> this.sessions.require(session.id()))
			.withMessage("Sign in first: no session.");
	}

	@Test
	void csrfTokenShouldMatchOnlyItself() {
		ConsoleSession session = this.sessions.open("admin", "127.0.0.1", false);
		assertThat(session.csrfMatches(session.csrfToken())).isTrue();
		assertThat(session.csrfMatches(null)).isFalse();
		assertThat(session.csrfMatches("")).isFalse();
		assertThat(session.csrfMatches(session.id())).isFalse();
	}

	@Test
	void closingASessionShouldCloseItsCursorsOnce() {
		ConsoleSession session = this.sessions.open("admin", "127.0.0.1", false);
		EmptyFeed feed = new EmptyFeed();
		session.addCursor(new ConsoleCursor("q1", feed, new Cancellation(), () -> {
		}));
		this.sessions.close(session.id());
		this.sessions.close(session.id());
		assertThat(feed.closes).isGreaterThan(0);
		assertThat(session.cursorCount()).isZero();
	}

	/** A changefeed that never has a change. */
	private static final class EmptyFeed implements ResultStream {

		int closes;

		@Override
		public Batch nextBatch() {
			return new Batch(List.of(), true);
		}

		@Override
		public List<ResponseNote> notes() {
			return List.of(ResponseNote.SEQUENCE_FEED);
		}

		@Override
		public void close() {
			this.closes++;
		}

	}

}
