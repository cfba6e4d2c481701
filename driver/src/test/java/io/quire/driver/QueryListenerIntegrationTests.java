package io.quire.driver;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * {@link QueryListener}s on connections to an embedded server: told before and after each
 * query, with the event's attributes carried between the calls and the failure given.
 */
class QueryListenerIntegrationTests {

	private static QuireServer server;

	private final RecordingListener listener = new RecordingListener();

	@BeforeAll
	static void startServer() {
		server = TestServers.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	private Connection connect() {
		return ConnectionFactory.create(TestServers.options(server).addQueryListener(this.listener).build()).connect();
	}

	@Test
	void listenerShouldHearEachQueryBeforeAndAfterItRuns() {
		try (Connection connection = connect()) {
			Object sum = r.expr(1).add(2).runAtom(connection);
			assertThat(sum).isEqualTo(3L);
		}
		assertThat(this.listener.calls).containsExactly("before read add(?, ?)", "after read add(?, ?) ok");
	}

	@Test
	void listenerShouldHearTheFailureOfAQuery() {
		try (Connection connection = connect()) {
			assertThatExceptionOfType(QuireOpFailedException.class)
				.isThrownBy(() -> r.db("nowhere").table("missing").runAtom(connection));
		}
		assertThat(this.listener.calls).containsExactly("before read table(db(?), ?)",
				"after read table(db(?), ?) QuireOpFailedException");
		assertThat(this.listener.events.get(0).database()).isEqualTo("nowhere");
		assertThat(this.listener.events.get(0).table()).isEqualTo("missing");
	}

	@Test
	void listenerShouldHearCursorQueriesOnceTheFirstBatchArrives() {
		try (Connection connection = connect(); Cursor<Object> rows = r.array(1, 2, 3).run(connection)) {
			assertThat(this.listener.calls).containsExactly("before read make_array(?)", "after read make_array(?) ok");
			assertThat(rows.toList()).hasSize(3);
		}
	}

	@Test
	void listenerShouldHearQueriesRunWithoutReply() {
		try (Connection connection = connect()) {
			r.dbList().runNoReply(connection);
			await().until(() -> this.listener.calls.size() == 2);
		}
		assertThat(this.listener.calls).containsExactly("before admin db_list()", "after admin db_list() ok");
	}

	@Test
	void eventShouldNameTheServerItGoesTo() {
		try (Connection connection = connect()) {
			r.expr(1).runAtom(connection);
			assertThat(this.listener.events.get(0).serverAddress())
				.isEqualTo(new HostAndPort(connection.host(), connection.port()));
		}
	}

	@Test
	void failingListenerShouldNotAffectTheQuery() {
		QueryListener failing = new QueryListener() {
			@Override
			public void beforeQuery(QueryEvent event) {
				throw new IllegalStateException("boom");
			}
		};
		ConnectionOptions options = TestServers.options(server).addQueryListener(failing).build();
		try (Connection connection = ConnectionFactory.create(options).connect()) {
			assertThat((Object) r.expr("ok").runAtom(connection)).isEqualTo("ok");
		}
	}

	static final class RecordingListener implements QueryListener {

		final List<String> calls = new CopyOnWriteArrayList<>();

		final List<QueryEvent> events = new CopyOnWriteArrayList<>();

		@Override
		public void beforeQuery(QueryEvent event) {
			event.setAttribute(RecordingListener.class, "started");
			this.events.add(event);
			this.calls.add("before " + event.kind().value() + " " + event.shape());
		}

		@Override
		public void afterQuery(QueryEvent event, @Nullable Throwable error) {
			assertThat((String) event.getAttribute(RecordingListener.class)).isEqualTo("started");
			this.calls.add("after " + event.kind().value() + " " + event.shape() + " "
					+ ((error != null) ? error.getClass().getSimpleName() : "ok"));
		}

	}

}
