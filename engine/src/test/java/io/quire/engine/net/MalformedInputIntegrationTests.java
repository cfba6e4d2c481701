package io.quire.engine.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

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
			assertThat(reply.result(0)).isEqualTo(java.util.Map.of("id", this.server.serverId().toString(), "name",
					"quire", "proxy", false, "role", "primary", "read_only", false));
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

}
