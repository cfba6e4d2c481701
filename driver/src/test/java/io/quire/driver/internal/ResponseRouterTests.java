package io.quire.driver.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import io.netty.channel.embedded.EmbeddedChannel;
import io.quire.driver.QuireAutoReconnectException;
import io.quire.protocol.ResponseType;
import io.quire.protocol.codec.Frame;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseRouterTests {

	private final ResponseRouter router = new ResponseRouter(() -> new QuireAutoReconnectException("broken"));

	private final EmbeddedChannel channel = new EmbeddedChannel(this.router);

	@Test
	void responsesShouldBeMatchedByTokenInAnyOrder() {
		CompletableFuture<Response> first = this.router.register(1);
		CompletableFuture<Response> second = this.router.register(2);
		this.channel.writeInbound(frame(2, "{\"t\":1,\"r\":[\"two\"]}"));
		this.channel.writeInbound(frame(1, "{\"t\":1,\"r\":[\"one\"]}"));
		assertThat(first.join().data()).containsExactly("one");
		assertThat(second.join().data()).containsExactly("two");
		assertThat(this.router.pendingCount()).isZero();
	}

	@Test
	void responsesNobodyWaitsForShouldBeDropped() {
		CompletableFuture<Response> waiting = this.router.register(7);
		this.channel.writeInbound(frame(99, "{\"t\":2,\"r\":[]}"));
		assertThat(waiting).isNotDone();
		assertThat(this.channel.isActive()).isTrue();
	}

	@Test
	void errorResponsesShouldCarryTypeBacktraceAndMessage() {
		CompletableFuture<Response> waiting = this.router.register(3);
		this.channel.writeInbound(
				frame(3, "{\"t\":18,\"e\":3100000,\"r\":[\"Table `test.x` does not exist.\"],\"b\":[0,\"index\"]}"));
		Response response = waiting.join();
		assertThat(response.type()).isEqualTo(ResponseType.RUNTIME_ERROR);
		assertThat(response.message()).isEqualTo("Table `test.x` does not exist.");
		assertThat(response.backtrace()).containsExactly(0L, "index");
	}

	@Test
	void closingTheChannelShouldFailEveryWaitingQuery() {
		CompletableFuture<Response> waiting = this.router.register(4);
		this.channel.close();
		assertThat(waiting).isCompletedExceptionally();
		assertThat(waiting.handle((r, failure) -> failure).join()).isInstanceOf(QuireAutoReconnectException.class);
		assertThat(this.router.register(5)).isCompletedExceptionally();
	}

	@Test
	void aMalformedResponseShouldFailOnlyItsQuery() {
		CompletableFuture<Response> broken = this.router.register(5);
		CompletableFuture<Response> fine = this.router.register(6);
		this.channel.writeInbound(frame(5, "{\"r\":[]}"));
		this.channel.writeInbound(frame(6, "{\"t\":1,\"r\":[1]}"));
		assertThat(broken).isCompletedExceptionally();
		assertThat(fine.join().data()).containsExactly(1L);
	}

	private static Frame frame(long token, String json) {
		return new Frame(token, json.getBytes(StandardCharsets.UTF_8));
	}

}
