package io.quire.engine.net;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.quire.engine.QuireServer;
import io.quire.protocol.handshake.ScramCredential;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-connection limits of the query handler through real sockets: a START may not
 * reuse the token of a query still running, and at most
 * {@link QueryThrottle#MAX_CONCURRENT_QUERIES} queries run at once before the connection
 * stops reading.
 */
class QueryLimitsIntegrationTests {

	private static final ScramCredential SECRET = ScramCredential.fromPassword("secret");

	private static final long SERVER_INFO_TOKEN = 1_000_000;

	private final ScriptedQueryRunner runner = new ScriptedQueryRunner();

	private DriverServer server;

	@BeforeEach
	void start() {
		this.server = new DriverServer(QuireServer.builder().port(0).inMemory().build().options(), this.runner,
				(user) -> "admin".equals(user) ? SECRET : null, Map.of("id", "42", "name", "test", "proxy", false),
				"2.4.4-test");
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.runner.release();
		this.server.close(Duration.ofSeconds(5));
	}

	private RawClient client() throws IOException {
		return RawClient.authenticated(this.server.port(), "admin", "secret");
	}

	@Test
	void startOnTheTokenOfARunningQueryShouldGetClientErrorOnThatToken() throws IOException {
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,\"block\"]");
			client.sendFrame(1, "[1,\"intruder\"]");
			RawClient.Reply refused = client.readReply();
			assertThat(refused.token()).isEqualTo(1);
			assertThat(refused.type()).isEqualTo(16);
			assertThat(refused.result(0)).isEqualTo("Token 1 is already in use.");
			this.runner.release();
			assertThat(client.readReply().result(0)).isEqualTo("released");
		}
	}

	@Test
	void tokenShouldBeReusableOnceItsQueryWasAnswered() throws IOException {
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,\"first\"]");
			assertThat(client.readReply().result(0)).isEqualTo("first");
			client.sendFrame(1, "[1,\"second\"]");
			assertThat(client.readReply().result(0)).isEqualTo("second");
		}
	}

	@Test
	void queriesBeyondTheLimitShouldWaitUntilASlotFrees() throws Exception {
		try (RawClient client = client()) {
			startBlockingQueries(client, QueryThrottle.MAX_CONCURRENT_QUERIES);
			client.sendFrame(SERVER_INFO_TOKEN, "[5]");
			assertThat(client.hasReplyWithin(Duration.ofMillis(300))).isFalse();
			this.runner.release();
			Set<Long> answered = readReplies(client, QueryThrottle.MAX_CONCURRENT_QUERIES + 1);
			assertThat(answered).hasSize(QueryThrottle.MAX_CONCURRENT_QUERIES + 1).contains(SERVER_INFO_TOKEN);
		}
	}

	@Test
	void queriesUnderTheLimitShouldNotHoldBackLaterOnes() throws IOException {
		try (RawClient client = client()) {
			startBlockingQueries(client, QueryThrottle.MAX_CONCURRENT_QUERIES - 1);
			client.sendFrame(SERVER_INFO_TOKEN, "[5]");
			assertThat(client.readReply().token()).isEqualTo(SERVER_INFO_TOKEN);
		}
	}

	@Test
	void waitingChangefeedsShouldNotHoldASlot() throws IOException {
		try (RawClient client = client()) {
			for (int token = 1; token <= QueryThrottle.MAX_CONCURRENT_QUERIES + 10; token++) {
				client.sendFrame(token, "[1,\"feed\"]");
			}
			client.sendFrame(SERVER_INFO_TOKEN, "[5]");
			assertThat(client.readReply().token()).isEqualTo(SERVER_INFO_TOKEN);
		}
	}

	private static void startBlockingQueries(RawClient client, int count) throws IOException {
		for (int token = 1; token <= count; token++) {
			client.sendFrame(token, "[1,\"block\"]");
		}
	}

	private static Set<Long> readReplies(RawClient client, int count) throws IOException {
		Set<Long> tokens = new HashSet<>();
		for (int i = 0; i < count; i++) {
			tokens.add(client.readReply().token());
		}
		return tokens;
	}

}
