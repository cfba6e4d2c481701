package io.quire.engine.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.net.Connection;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Garbage from one client never disturbs another: a real {@link QuireServer}, a raw
 * socket that misbehaves and the official driver beside it.
 */
class MalformedInputIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private QuireServer server;

	private Connection bystander;

	@BeforeEach
	void start() {
		this.server = QuireServer.builder().port(0).inMemory().maxFrameSize(1024).build();
		this.server.start();
		this.bystander = r.connection().hostname("127.0.0.1").port(this.server.port()).connect();
	}

	@AfterEach
	void stop() {
		this.bystander.close(false);
		this.server.close();
	}

	@Test
	void garbageJsonShouldGetClientErrorWhileOthersAreServed() throws IOException {
		try (RawClient client = RawClient.authenticated(this.server.port(), "admin", "")) {
			client.sendFrame(1, new byte[] { (byte) 0xff, '{', '[' });
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(16);
			assertThat(reply.result(0)).isEqualTo("Client is buggy (failed to deserialize query).");
			assertThat(r.expr("fine").runAtom(this.bystander)).isEqualTo("fine");
			client.sendFrame(2, "[1,[2,[1,2]]]");
			assertThat(client.readReply().body().get("r")).isEqualTo(java.util.List.of(java.util.List.of(1L, 2L)));
		}
	}

	@Test
	void malformedUtf8ShouldGetClientErrorAndKeepTheConnection() throws IOException {
		int[][] malformed = { { 0xC0, 0xAF }, { 0xF4, 0x90, 0x80, 0x80 }, { 0xED, 0xA0, 0x80 }, { 0xE2, 0x82 } };
		try (RawClient client = RawClient.authenticated(this.server.port(), "admin", "")) {
			long token = 1;
			for (int[] sequence : malformed) {
				client.sendFrame(token, stringQuery(sequence));
				RawClient.Reply reply = client.readReply();
				assertThat(reply.token()).isEqualTo(token++);
				assertThat(reply.type()).as(Arrays.toString(sequence)).isEqualTo(16);
				assertThat(reply.result(0)).isEqualTo("Client is buggy (failed to deserialize query).");
			}
			client.sendFrame(token, stringQuery(new int[] { 0xF0, 0x9F, 0x98, 0x80 }));
			assertThat(client.readReply().result(0)).isEqualTo("\ud83d\ude00");
		}
	}

	@Test
	void termTypeThatIsNotAnIntegerOrOverflowsShouldGetCompileError() throws IOException {
		assertEachTypeNumberRefused("TermType", (number) -> "[1,[" + number + ",[\"x\"]]]", 17);
	}

	@Test
	void termTypeThatIsNotANumberShouldGetRethinkDbsCompileError() throws IOException {
		try (RawClient client = RawClient.authenticated(this.server.port(), "admin", "")) {
			client.sendFrame(1, "[1,[\"a\",[]]]");
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(17);
			assertThat(reply.result(0)).isEqualTo("Expected a TermType as a NUMBER but found STRING.");
		}
	}

	@Test
	void queryTypeThatIsNotAnIntegerOrOverflowsShouldGetClientError() throws IOException {
		assertEachTypeNumberRefused("QueryType", (number) -> "[" + number + ",[1,\"x\"]]", 16);
	}

	/**
	 * Sends each type number that is not an exact int in turn; each must be refused with
	 * the number as the client wrote it (1e300 as RethinkDB prints it).
	 */
	private void assertEachTypeNumberRefused(String kind, Function<String, String> frame, int responseType)
			throws IOException {
		Map<String, String> printed = new LinkedHashMap<>();
		printed.put("1.5", "1.5");
		printed.put("2147483648", "2147483648");
		printed.put("4294967297", "4294967297");
		printed.put("18446744073709551616", "18446744073709551616");
		printed.put("1e300", "1e+300");
		try (RawClient client = RawClient.authenticated(this.server.port(), "admin", "")) {
			long token = 1;
			for (Map.Entry<String, String> number : printed.entrySet()) {
				client.sendFrame(token, frame.apply(number.getKey()));
				RawClient.Reply reply = client.readReply();
				assertThat(reply.token()).isEqualTo(token++);
				assertThat(reply.type()).as(number.getKey()).isEqualTo(responseType);
				assertThat(reply.result(0)).isEqualTo("Unrecognized " + kind + ": " + number.getValue() + ".");
			}
		}
	}

	@Test
	void oversizedFrameShouldCloseOnlyThatConnection() throws IOException {
		try (RawClient client = RawClient.authenticated(this.server.port(), "admin", "")) {
			client.write(ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putLong(3).putInt(5000).array());
			RawClient.Reply reply = client.readReply();
			assertThat(reply.result(0)).isEqualTo("Query size (5000) greater than maximum (1024).");
			assertThat(client.isClosedByServer()).isTrue();
		}
		assertThat(r.expr(42).runAtom(this.bystander)).isEqualTo(42L);
	}

	@Test
	void serverInfoShouldReportAPrimaryReadWriteNode() throws IOException {
		try (RawClient client = RawClient.authenticated(this.server.port(), "admin", "")) {
			client.sendFrame(1, "[5]");
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(5);
			@SuppressWarnings("unchecked")
			java.util.Map<String, Object> info = (java.util.Map<String, Object>) reply.result(0);
			assertThat(info).containsEntry("id", this.server.serverId().toString())
				.containsEntry("name", "quire")
				.containsEntry("proxy", false)
				.containsEntry("role", "primary")
				.containsEntry("read_only", false);
			// a single server is the one member of its cluster, at its driver address
			assertThat((java.util.List<?>) info.get("members")).singleElement().satisfies((member) -> {
				@SuppressWarnings("unchecked")
				java.util.Map<String, Object> fields = (java.util.Map<String, Object>) member;
				assertThat(fields).containsEntry("name", "quire")
					.containsEntry("host", "127.0.0.1")
					.containsEntry("role", "primary");
				assertThat(((Number) fields.get("port")).intValue()).isEqualTo(this.server.port());
			});
		}
	}

	@Test
	void unknownTermShouldGetCompileErrorAndKeepTheConnection() throws IOException {
		try (RawClient client = RawClient.authenticated(this.server.port(), "admin", "")) {
			client.sendFrame(4, "[1,[99999,[]]]");
			assertThat(client.readReply().type()).isEqualTo(17);
			client.sendFrame(5, "[1,\"next\"]");
			assertThat(client.readReply().result(0)).isEqualTo("next");
		}
	}

	private static byte[] stringQuery(int[] sequence) {
		byte[] prefix = "[1,\"".getBytes(StandardCharsets.US_ASCII);
		byte[] body = Arrays.copyOf(prefix, prefix.length + sequence.length + 2);
		for (int i = 0; i < sequence.length; i++) {
			body[prefix.length + i] = (byte) sequence[i];
		}
		body[body.length - 2] = '"';
		body[body.length - 1] = ']';
		return body;
	}

}
