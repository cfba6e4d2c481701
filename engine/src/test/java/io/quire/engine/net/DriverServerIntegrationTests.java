package io.quire.engine.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quire.engine.ConnectionInfo;
import io.quire.engine.QuireServer;
import io.quire.protocol.Version;
import io.quire.protocol.handshake.ScramCredential;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver port through real sockets, with a scripted evaluator: handshake, framing,
 * errors, cursors, noreply and limits.
 */
class DriverServerIntegrationTests {

	private static final ScramCredential SECRET = ScramCredential.fromPassword("secret");

	private final ScriptedQueryRunner runner = new ScriptedQueryRunner();

	private final List<String> heard = new CopyOnWriteArrayList<>();

	private DriverServer server;

	@AfterEach
	void stop() {
		this.runner.release();
		if (this.server != null) {
			this.server.close(Duration.ofSeconds(5));
		}
	}

	private DriverServer start(QuireServer.Builder builder) {
		builder.port(0).inMemory().queryListener((kind, latency, failed) -> this.heard.add(kind + ":" + failed));
		this.server = new DriverServer(builder.build().options(), this.runner,
				(user) -> "admin".equals(user) ? SECRET : null, Map.of("id", "42", "name", "test", "proxy", false),
				"2.4.4-test");
		this.server.start();
		return this.server;
	}

	private DriverServer start() {
		return start(QuireServer.builder());
	}

	private RawClient client() throws IOException {
		return RawClient.authenticated(this.server.port(), "admin", "secret");
	}

	@Test
	void handshakeShouldAcceptMagicAndClientFirstInOneWrite() throws IOException {
		start();
		try (RawClient client = new RawClient(this.server.port())) {
			Map<?, ?> reply = client.handshake("admin", "secret");
			assertThat(reply.get("success")).isEqualTo(true);
			assertThat((String) reply.get("authentication")).startsWith("v=");
		}
	}

	@Test
	void wrongPasswordShouldGetErrorTwelveAndClose() throws IOException {
		start();
		try (RawClient client = new RawClient(this.server.port())) {
			Map<?, ?> reply = client.handshake("admin", "wrong");
			assertThat(reply).isEqualTo(Map.of("error", "Wrong password", "error_code", 12L, "success", false));
			assertThat(client.isClosedByServer()).isTrue();
		}
	}

	@Test
	void unknownUserShouldFailOnlyAtTheFinalStep() throws IOException {
		start();
		try (RawClient client = new RawClient(this.server.port())) {
			Map<?, ?> reply = client.handshake("nobody", "secret");
			assertThat(reply.get("error_code")).isEqualTo(17L);
		}
	}

	@Test
	void handshakeMessageLongerThan2048BytesShouldBeRefused() throws IOException {
		start();
		try (RawClient client = new RawClient(this.server.port())) {
			client.write(RawClient.magic(Version.V1_0));
			client.readMessage();
			byte[] endless = new byte[3000];
			java.util.Arrays.fill(endless, (byte) ' ');
			client.write(endless);
			assertThat(client.readMessage()).containsEntry("error_code", 7L).containsEntry("success", false);
			assertThat(client.isClosedByServer()).isTrue();
		}
	}

	@Test
	void unsupportedProtocolVersionShouldGetErrorTwo() throws IOException {
		start();
		try (RawClient client = new RawClient(this.server.port())) {
			client.write(RawClient.concat(RawClient.magic(Version.V1_0), RawClient.terminated(
					"{\"protocol_version\":1,\"authentication_method\":\"SCRAM-SHA-256\",\"authentication\":\"n,,n=admin,r=abc\"}")));
			client.readMessage();
			assertThat(client.readMessage()).containsEntry("error", "Unsupported `protocol_version`.")
				.containsEntry("error_code", 2L);
		}
	}

	@Test
	void unknownMagicNumberShouldGetPlainTextErrorAndClose() throws IOException {
		start();
		try (RawClient client = new RawClient(this.server.port())) {
			client.write(RawClient.magic(Version.V0_4));
			assertThat(client.readTerminated()).isEqualTo(Version.UNSUPPORTED_PROTOCOL_ERROR);
			assertThat(client.isClosedByServer()).isTrue();
		}
	}

	@Test
	void atomResultShouldBeSuccessAtomOnItsToken() throws IOException {
		start();
		try (RawClient client = client()) {
			client.sendFrame(5, "[1,\"hello\",{}]");
			RawClient.Reply reply = client.readReply();
			assertThat(reply.token()).isEqualTo(5);
			assertThat(reply.text()).isEqualTo("{\"t\":1,\"r\":[\"hello\"]}");
		}
	}

	@Test
	void malformedJsonShouldGetClientErrorAndKeepTheConnection() throws IOException {
		start();
		try (RawClient client = client()) {
			client.sendFrame(7, "[1, not json");
			RawClient.Reply error = client.readReply();
			assertThat(error.token()).isEqualTo(7);
			assertThat(error.text())
				.isEqualTo("{\"t\":16,\"r\":[\"Client is buggy (failed to deserialize query).\"],\"b\":[]}");
			client.sendFrame(8, "[1,\"still here\"]");
			assertThat(client.readReply().result(0)).isEqualTo("still here");
		}
	}

	@Test
	void badQueryStructureShouldGetRethinkDbsClientErrors() throws IOException {
		start();
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,2,{},4]");
			assertThat(client.readReply().result(0))
				.isEqualTo("Expected 1 to 3 elements in the top-level query, but found 4.");
			client.sendFrame(2, "[99]");
			assertThat(client.readReply().result(0)).isEqualTo("Unrecognized QueryType: 99.");
			client.sendFrame(3, "[1,1,[]]");
			assertThat(client.readReply().result(0))
				.isEqualTo("Expected global optargs as an object, but found ARRAY.");
		}
	}

	@Test
	void queryNestedDeeperThanTheLimitShouldGetClientError() throws IOException {
		start(QuireServer.builder().maxNestingDepth(4));
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,[2,[[2,[[2,[1]]]]]]]");
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(16);
			assertThat(reply.result(0)).isEqualTo("Query is nested too deeply (the maximum depth is 4).");
			client.sendFrame(2, "[1,[2,[1]]]");
			assertThat(client.readReply().type()).isEqualTo(1);
		}
	}

	@Test
	void oversizedFrameShouldGetClientErrorAndClose() throws IOException {
		start(QuireServer.builder().maxFrameSize(100));
		try (RawClient client = client()) {
			ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putLong(9).putInt(1000);
			client.write(header.array());
			RawClient.Reply reply = client.readReply();
			assertThat(reply.token()).isEqualTo(9);
			assertThat(reply.type()).isEqualTo(16);
			assertThat(reply.result(0)).isEqualTo("Query size (1000) greater than maximum (100).");
			assertThat(client.isClosedByServer()).isTrue();
		}
	}

	@Test
	void runtimeErrorShouldCarryErrorTypeAndBacktrace() throws IOException {
		start();
		try (RawClient client = client()) {
			client.sendFrame(3, "[1,\"missing\"]");
			assertThat(client.readReply().text())
				.isEqualTo("{\"t\":18,\"r\":[\"Table `test.missing` does not exist.\"],\"e\":4100000,\"b\":[0]}");
		}
	}

	@Test
	void continueShouldReturnBatchesUntilTheLastOne() throws IOException {
		start();
		try (RawClient client = client()) {
			client.sendFrame(4, "[1,\"rows:25\"]");
			assertThat(client.readReply().text()).isEqualTo("{\"t\":3,\"r\":[0,1,2,3,4,5,6,7,8,9],\"n\":[]}");
			assertThat(this.server.openCursors()).isEqualTo(1);
			client.sendFrame(4, "[2]");
			assertThat(client.readReply().type()).isEqualTo(3);
			client.sendFrame(4, "[2]");
			assertThat(client.readReply().text()).isEqualTo("{\"t\":2,\"r\":[20,21,22,23,24],\"n\":[]}");
			assertThat(this.runner.openStreams).hasValue(0);
			assertThat(this.server.openCursors()).isZero();
		}
	}

	@Test
	void continueOnAnUnknownTokenShouldGetClientError() throws IOException {
		start();
		try (RawClient client = client()) {
			client.sendFrame(12, "[2]");
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(16);
			assertThat(reply.result(0)).isEqualTo("Token 12 not in stream cache.");
		}
	}

	@Test
	void stopShouldCloseTheCursorAndAnswerAnEmptySequence() throws IOException {
		start();
		try (RawClient client = client()) {
			client.sendFrame(4, "[1,\"rows:100\"]");
			client.readReply();
			client.sendFrame(4, "[3]");
			assertThat(client.readReply().text()).isEqualTo("{\"t\":2,\"r\":[],\"n\":[]}");
			assertThat(this.runner.openStreams).hasValue(0);
			client.sendFrame(4, "[2]");
			assertThat(client.readReply().type()).isEqualTo(16);
		}
	}

	@Test
	void closingTheConnectionShouldCloseItsCursors() throws Exception {
		start();
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,\"rows:100\"]");
			client.sendFrame(2, "[1,\"rows:100\"]");
			client.readReply();
			client.readReply();
			assertThat(this.runner.openStreams).hasValue(2);
		}
		awaitUntil(() -> this.runner.openStreams.get() == 0 && this.server.openCursors() == 0);
		assertThat(this.server.openConnections()).isZero();
	}

	@Test
	void queriesShouldBeAnsweredAsTheyFinishNotInOrder() throws IOException {
		start();
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,\"block\"]");
			client.sendFrame(2, "[1,\"quick\"]");
			assertThat(client.readReply().token()).isEqualTo(2);
			this.runner.release();
			RawClient.Reply blocked = client.readReply();
			assertThat(blocked.token()).isEqualTo(1);
			assertThat(blocked.result(0)).isEqualTo("released");
		}
	}

	@Test
	void noreplyWaitShouldAnswerOnlyAfterEarlierNoreplyQueriesFinished() throws IOException {
		start();
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,\"block\",{\"noreply\":true}]");
			client.sendFrame(2, "[4]");
			client.sendFrame(3, "[5]");
			assertThat(client.readReply().token()).isEqualTo(3);
			this.runner.release();
			RawClient.Reply done = client.readReply();
			assertThat(done.token()).isEqualTo(2);
			assertThat(done.text()).isEqualTo("{\"t\":4,\"r\":[]}");
		}
	}

	@Test
	void noreplyQueryShouldGetNoResponse() throws IOException {
		start();
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,\"quiet\",{\"noreply\":[1,true]}]");
			client.sendFrame(2, "[1,\"loud\"]");
			RawClient.Reply reply = client.readReply();
			assertThat(reply.token()).isEqualTo(2);
		}
		assertThat(this.runner.sessions).hasSize(2);
	}

	@Test
	void serverInfoShouldAnswerTheServersIdentity() throws IOException {
		start();
		try (RawClient client = client()) {
			client.sendFrame(6, "[5]");
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(5);
			assertThat(reply.result(0)).isEqualTo(Map.of("id", "42", "name", "test", "proxy", false));
		}
	}

	@Test
	void connectionsOverTheLimitShouldBeRefusedWithAHandshakeError() throws Exception {
		start(QuireServer.builder().maxConnections(1));
		try (RawClient first = client()) {
			try (RawClient second = new RawClient(this.server.port())) {
				Map<?, ?> reply = second.handshake("admin", "secret");
				assertThat(reply.get("success")).isEqualTo(false);
				assertThat((String) reply.get("error")).contains("Too many connections");
				assertThat(second.isClosedByServer()).isTrue();
			}
			first.sendFrame(1, "[1,\"first still works\"]");
			assertThat(first.readReply().result(0)).isEqualTo("first still works");
		}
		awaitUntil(() -> this.server.openConnections() == 0);
		try (RawClient third = client()) {
			assertThat(this.server.openConnections()).isEqualTo(1);
		}
	}

	@Test
	void handshakeShouldTimeOutForASilentClient() throws IOException {
		start(QuireServer.builder().handshakeTimeout(Duration.ofMillis(200)));
		try (RawClient client = new RawClient(this.server.port())) {
			assertThat(client.isClosedByServer()).isTrue();
		}
	}

	@Test
	void connectionsShouldListAuthenticatedClientsWithTheirApplicationName() throws Exception {
		start();
		try (RawClient client = new RawClient(this.server.port())) {
			client.handshake("admin", "secret", "billing");
			awaitUntil(() -> !this.server.connections().isEmpty());
			ConnectionInfo info = this.server.connections().get(0);
			assertThat(info.user()).isEqualTo("admin");
			assertThat(info.applicationName()).isEqualTo("billing");
			assertThat(info.remoteAddress()).startsWith("127.0.0.1:");
		}
	}

	@Test
	void queryListenerShouldHearEachQueryByKind() throws Exception {
		start();
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,[15,[\"t\"]]]");
			client.readReply();
			client.sendFrame(2, "[1,\"missing\"]");
			client.readReply();
			client.sendFrame(3, "[5]");
			client.readReply();
		}
		awaitUntil(() -> this.heard.size() == 3);
		assertThat(this.heard).containsExactly("TABLE:false", "DATUM:true", "SERVER_INFO:false");
		assertThat(this.server.queriesByKind()).containsEntry("TABLE", 1L).containsEntry("SERVER_INFO", 1L);
	}

	@Test
	void closeShouldLetRunningQueriesFinish() throws Exception {
		start();
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,\"block\"]");
			awaitUntil(() -> this.server.runningQueries() == 1);
			Thread closer = new Thread(() -> this.server.close(Duration.ofSeconds(10)));
			closer.start();
			awaitUntil(() -> !this.server.isListening());
			this.runner.release();
			assertThat(client.readReply().result(0)).isEqualTo("released");
			closer.join();
			assertThat(client.isClosedByServer()).isTrue();
		}
	}

	@Test
	void waitingChangefeedsShouldNotHoldTheWorkers() throws Exception {
		start(QuireServer.builder().workerThreads(1));
		try (RawClient client = client()) {
			for (int token = 1; token <= 3; token++) {
				client.sendFrame(token, "[1,\"feed\"]");
			}
			awaitUntil(() -> this.server.openCursors() == 3);
			client.sendFrame(4, "[1,\"quick\"]");
			assertThat(client.readReply().token()).isEqualTo(4);
		}
		awaitUntil(() -> this.runner.openStreams.get() == 0);
	}

	@Test
	void stopShouldEndAWaitingChangefeed() throws Exception {
		start();
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,\"feed\"]");
			awaitUntil(() -> this.server.openCursors() == 1);
			client.sendFrame(1, "[3]");
			RawClient.Reply first = client.readReply();
			RawClient.Reply second = client.readReply();
			assertThat(List.of(first.text(), second.text())).containsOnly("{\"t\":2,\"r\":[],\"n\":[1]}");
			assertThat(this.runner.openStreams).hasValue(0);
		}
	}

	@Test
	void closeShouldEndChangefeedsInsteadOfWaitingForThem() throws Exception {
		start();
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,\"feed\"]");
			awaitUntil(() -> this.server.openCursors() == 1);
			this.server.close(Duration.ofMinutes(5));
			assertThat(client.readReply().text()).isEqualTo("{\"t\":2,\"r\":[],\"n\":[1]}");
			assertThat(client.isClosedByServer()).isTrue();
		}
	}

	static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Condition not met within 10 seconds");
			}
			Thread.sleep(10);
		}
	}

}
