package io.quire.engine.net;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.quire.engine.QuireServer;
import io.quire.protocol.ErrorType;
import io.quire.protocol.json.ReqlJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One nesting limit for queries and responses, each counted over its whole JSON text,
 * through a real server on RocksDB and a raw socket: what a client may send can come
 * back, and the store keeps documents of any depth a query can carry.
 */
class NestingDepthIntegrationTests {

	@TempDir
	Path dataDirectory;

	private QuireServer server;

	@AfterEach
	void stop() {
		if (this.server != null) {
			this.server.close();
		}
	}

	private RawClient client(QuireServer.Builder builder) throws IOException {
		this.server = builder.port(0).dataDirectory(this.dataDirectory).build();
		this.server.start();
		return RawClient.authenticated(this.server.port(), "admin", "");
	}

	@Test
	void aDatumAsDeepAsTheQueryLimitAllowsShouldComeBackWhole() throws IOException {
		int limit = ReqlJson.DEFAULT_MAX_DEPTH;
		// [1,[1,v]]: the query and the response {"t":1,"r":[v]} both wrap v in two levels
		String value = nestedObjects(limit - 2);
		try (RawClient client = client(QuireServer.builder())) {
			client.sendFrame(1, "[1,[1," + value + "]]");
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(1);
			assertThat(ReqlJson.writeString(reply.result(0))).isEqualTo(value);
		}
	}

	@Test
	void objectTermsNestedNearlyAsDeepAsTheQueryLimitShouldBeEvaluated() throws IOException {
		// [1,v] with v as nested MAKE_OBJ terms: no second limit of the compiler's own
		String value = nestedObjects(ReqlJson.DEFAULT_MAX_DEPTH - 2);
		try (RawClient client = client(QuireServer.builder())) {
			client.sendFrame(1, "[1," + value + "]");
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(1);
			assertThat(ReqlJson.writeString(reply.result(0))).isEqualTo(value);
		}
	}

	@Test
	void aDocumentDeeperThanJacksonsDefaultsShouldBeStoredAndReadBack() throws IOException {
		String document = "{\"id\":1,\"deep\":" + nestedObjects(700) + "}";
		try (RawClient client = client(QuireServer.builder())) {
			client.sendFrame(1, "[1,[60,[[14,[\"test\"]],\"deep\"]]]");
			assertThat(client.readReply().type()).isEqualTo(1);
			client.sendFrame(2, "[1,[56,[[15,[[14,[\"test\"]],\"deep\"]],[1," + document + "]]]]");
			RawClient.Reply inserted = client.readReply();
			assertThat(inserted.type()).as(inserted.text()).isEqualTo(1);
			assertThat(((Map<?, ?>) inserted.result(0)).get("inserted")).isEqualTo(1L);
			client.sendFrame(3, "[1,[16,[[15,[[14,[\"test\"]],\"deep\"]],1]]]");
			RawClient.Reply fetched = client.readReply();
			assertThat(fetched.type()).as(fetched.text()).isEqualTo(1);
			assertThat(fetched.result(0)).isEqualTo(ReqlJson.read(document));
		}
	}

	@Test
	void aQueryAtTheConfiguredLimitShouldBeAnsweredAndADeeperResultRefused() throws IOException {
		try (RawClient client = client(QuireServer.builder().maxNestingDepth(8))) {
			client.sendFrame(1, "[1,[1," + nestedObjects(6) + "]]");
			RawClient.Reply answered = client.readReply();
			assertThat(answered.type()).as(answered.text()).isEqualTo(1);
			// r.json builds a value deeper than any the query itself could carry
			client.sendFrame(2, "[1,[98,[\"" + "[".repeat(10) + "]".repeat(10) + "\"]]]");
			RawClient.Reply refused = client.readReply();
			assertThat(refused.token()).isEqualTo(2);
			assertThat(refused.type()).isEqualTo(18);
			assertThat(refused.body().get("e")).isEqualTo((long) ErrorType.RESOURCE_LIMIT.value());
			assertThat(refused.result(0)).isEqualTo("Result is nested too deeply (the maximum depth is 8).");
			client.sendFrame(3, "[1,[1,\"still here\"]]");
			assertThat(client.readReply().result(0)).isEqualTo("still here");
		}
	}

	@Test
	void aQueryDeeperThanTheLimitShouldGetClientError() throws IOException {
		try (RawClient client = client(QuireServer.builder())) {
			client.sendFrame(1, "[1,[1," + nestedObjects(ReqlJson.DEFAULT_MAX_DEPTH - 1) + "]]");
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(16);
			assertThat(reply.result(0)).isEqualTo("Query is nested too deeply (the maximum depth is 1024).");
			assertThat(reply.token()).isEqualTo(1);
		}
	}

	/** {@code {"a":{"a":...{}}}} with the given number of objects. */
	private static String nestedObjects(int depth) {
		return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
	}

}
