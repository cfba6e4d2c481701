package io.quire.engine.net;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quire.engine.QueryException;
import io.quire.engine.QuireServer;
import io.quire.protocol.ErrorType;
import io.quire.protocol.QueryType;
import io.quire.protocol.handshake.ScramCredential;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * In-process clients share the driver port's connection limit, query limit and
 * statistics.
 */
class InProcessClientIntegrationTests {

	private static final ScramCredential SECRET = ScramCredential.fromPassword("secret");

	private final List<String> heard = new CopyOnWriteArrayList<>();

	private DriverServer server;

	@BeforeEach
	void start() {
		QuireServer.Builder builder = QuireServer.builder()
			.port(0)
			.inMemory()
			.maxConnections(2)
			.queryListener((kind, latency, failed) -> this.heard.add(kind + ":" + failed));
		this.server = new DriverServer(builder.build().options(), new ScriptedQueryRunner(),
				(user) -> "admin".equals(user) ? SECRET : null, Map.of("id", "42"), "2.4.4-test");
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.close(Duration.ofSeconds(5));
	}

	@Test
	void inProcessClientsShouldTakePlacesUnderTheConnectionLimitOfSockets() throws IOException {
		InProcessClient first = this.server.connectInProcess();
		this.server.connectInProcess();
		assertThat(this.server.openConnections()).isEqualTo(2);
		assertThatExceptionOfType(QueryException.class).isThrownBy(this.server::connectInProcess)
			.withMessage("Too many connections: the server accepts at most 2 client connections.")
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo(ErrorType.RESOURCE_LIMIT));
		try (RawClient refused = new RawClient(this.server.port())) {
			assertThat((String) refused.handshake("admin", "secret").get("error")).contains("Too many connections");
		}
		first.close();
		first.close();
		assertThat(this.server.openConnections()).isEqualTo(1);
		try (RawClient accepted = RawClient.authenticated(this.server.port(), "admin", "secret")) {
			assertThat(this.server.openConnections()).isEqualTo(2);
		}
	}

	@Test
	void queriesShouldBeCountedAsTheDriverPortCountsThem() {
		InProcessClient client = this.server.connectInProcess();
		InProcessClient.Started query = client.start(QueryType.START, List.of(62, List.of()));
		assertThat(this.server.runningQueries()).isEqualTo(1);
		query.answered(false);
		query.answered(false);
		client.start(QueryType.CONTINUE, null).answered(true);
		assertThat(this.server.runningQueries()).isZero();
		assertThat(this.server.queriesByKind()).containsEntry("TABLE_LIST", 1L).containsEntry("CONTINUE", 1L);
		assertThat(this.heard).containsExactly("TABLE_LIST:false", "CONTINUE:true");
		Runnable closed = client.cursorOpened();
		assertThat(this.server.openCursors()).isEqualTo(1);
		closed.run();
		closed.run();
		assertThat(this.server.openCursors()).isZero();
	}

	@Test
	void aClientShouldRunNoMoreQueriesAtOnceThanADriverConnection() {
		InProcessClient client = this.server.connectInProcess();
		List<InProcessClient.Started> running = new ArrayList<>();
		for (int i = 0; i < QueryThrottle.MAX_CONCURRENT_QUERIES; i++) {
			running.add(client.start(QueryType.START, List.of(62, List.of())));
		}
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> client.start(QueryType.START, List.of(62, List.of())))
			.withMessage("Too many queries running at once on this client (the maximum is 1024).");
		running.get(0).answered(false);
		assertThat(client.start(QueryType.START, List.of(62, List.of()))).isNotNull();
	}

	@Test
	void aClosingServerShouldRefuseNewQueries() {
		InProcessClient client = this.server.connectInProcess();
		this.server.close(Duration.ofSeconds(5));
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> client.start(QueryType.START, 1))
			.withMessage("The server is shutting down.");
	}

}
