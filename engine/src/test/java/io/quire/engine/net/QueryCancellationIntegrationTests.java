package io.quire.engine.net;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quire.engine.QuireServer;
import io.quire.engine.query.RunningQuery;
import io.quire.protocol.ErrorType;
import io.quire.protocol.ResponseType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.net.DriverServerIntegrationTests.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries that would run for ever, through real sockets on a server with one query
 * worker: each way of ending them (STOP, a closed connection, a deleted job, shutdown)
 * frees the worker, so that the next query is answered.
 */
class QueryCancellationIntegrationTests {

	/** {@code r.range(1e12).count()}: hours of work. */
	private static final String ENDLESS_COUNT = "[1,[43,[[173,[1000000000000]]]],{}]";

	private QuireServer server;

	@AfterEach
	void stop() {
		if (this.server != null) {
			this.server.close();
		}
	}

	private QuireServer start(QuireServer.Builder builder) {
		this.server = builder.port(0).inMemory().workerThreads(1).build();
		this.server.start();
		return this.server;
	}

	private QuireServer start() {
		return start(QuireServer.builder());
	}

	private RawClient client() throws IOException {
		return RawClient.authenticated(this.server.port(), "admin", "");
	}

	private int running() {
		return this.server.metrics().runningQueries();
	}

	@Test
	void foldWithEmitShouldBeLazySoThatLimitEndsIt() throws Exception {
		start();
		try (RawClient client = client()) {
			// r.range().fold(0, (acc, x) -> acc + x, {emit: (acc, x, next) ->
			// [next]}).limit(5)
			client.sendFrame(1, "[1,[71,[[187,[[173,[]],0,[69,[[2,[1,2]],[24,[[10,[1]],[10,[2]]]]]]],"
					+ "{\"emit\":[69,[[2,[3,4,5]],[2,[[10,[5]]]]]]}],5]],{}]");
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(ResponseType.SUCCESS_SEQUENCE.value());
			assertThat((List<?>) reply.body().get("r")).map((n) -> ((Number) n).longValue())
				.containsExactly(0L, 1L, 3L, 6L, 10L);
		}
		awaitUntil(() -> running() == 0);
	}

	@Test
	void foldWithFinalEmitOverAnEndlessStreamShouldAlsoEndAtTheLimit() throws Exception {
		start();
		try (RawClient client = client()) {
			// r.range().fold(0, (acc, x) -> acc + 1, {emit: ... -> [x], final_emit: (acc)
			// -> [acc]}).limit(3)
			client.sendFrame(1, "[1,[71,[[187,[[173,[]],0,[69,[[2,[1,2]],[24,[[10,[1]],1]]]]],"
					+ "{\"emit\":[69,[[2,[3,4,5]],[2,[[10,[4]]]]]],\"final_emit\":[69,[[2,[6]],[2,[[10,[6]]]]]]}],3]],{}]");
			assertThat((List<?>) client.readReply().body().get("r")).map((n) -> ((Number) n).longValue())
				.containsExactly(0L, 1L, 2L);
		}
	}

	@Test
	void closingTheConnectionShouldCancelARunningCount() throws Exception {
		start();
		try (RawClient client = client()) {
			client.sendFrame(1, ENDLESS_COUNT);
			awaitUntil(() -> running() == 1);
		}
		awaitUntil(() -> running() == 0 && this.server.engine().runningQueries().size() == 0);
		assertThatTheWorkerIsFree();
	}

	@Test
	void stopShouldCancelARunningCountAndAnswerAnEmptySequence() throws Exception {
		start();
		try (RawClient client = client()) {
			client.sendFrame(1, ENDLESS_COUNT);
			awaitUntil(() -> running() == 1);
			client.sendFrame(1, "[3]");
			RawClient.Reply first = client.readReply();
			RawClient.Reply second = client.readReply();
			assertThat(List.of(first.text(), second.text())).containsOnly("{\"t\":2,\"r\":[],\"n\":[]}");
			awaitUntil(() -> running() == 0);
			client.sendFrame(2, "[1,[24,[1,2]],{}]");
			assertThat(client.readReply().result(0)).isEqualTo(3L);
		}
	}

	@Test
	void cancellingTheJobShouldEndTheQueryWithRethinkDbsError() throws Exception {
		start();
		try (RawClient client = client()) {
			client.sendFrame(7, ENDLESS_COUNT);
			awaitUntil(() -> this.server.engine().runningQueries().size() == 1);
			RunningQuery job = this.server.engine().runningQueries().list().get(0);
			assertThat(job.token()).isEqualTo(7);
			assertThat(job.user()).isEqualTo("admin");
			assertThat(this.server.engine().runningQueries().cancel(job.connectionId(), job.token())).isTrue();
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(ResponseType.RUNTIME_ERROR.value());
			assertThat(reply.body().get("e")).isEqualTo((long) ErrorType.OP_INDETERMINATE.value());
			assertThat(reply.result(0)).isEqualTo("Query terminated by the `rethinkdb.jobs` table.");
		}
		awaitUntil(() -> running() == 0);
	}

	@Test
	void stopShouldCancelACursorWhoseBatchNeverFills() throws Exception {
		start();
		try (RawClient client = client()) {
			// r.range().filter(false): a first batch that finds no row, for ever
			client.sendFrame(1, "[1,[39,[[173,[]],false]],{}]");
			awaitUntil(() -> running() == 1);
			client.sendFrame(1, "[3]");
			assertThat(client.readReply().text()).isEqualTo("{\"t\":2,\"r\":[],\"n\":[]}");
			assertThat(client.readReply().text()).isEqualTo("{\"t\":2,\"r\":[],\"n\":[]}");
		}
		awaitUntil(() -> running() == 0 && this.server.metrics().openCursors() == 0);
		assertThatTheWorkerIsFree();
	}

	@Test
	void closeShouldCancelAQueryThatOutlivesTheShutdownTimeout() throws Exception {
		start(QuireServer.builder().shutdownTimeout(Duration.ofMillis(200)));
		try (RawClient client = client()) {
			client.sendFrame(1, ENDLESS_COUNT);
			awaitUntil(() -> running() == 1);
			CompletableFuture<Void> closed = CompletableFuture.runAsync(this.server::close);
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(ResponseType.RUNTIME_ERROR.value());
			assertThat(reply.result(0)).isEqualTo("The server is shutting down.");
			closed.get(30, TimeUnit.SECONDS);
			assertThat(client.isClosedByServer()).isTrue();
		}
	}

	@Test
	void aValueOverTheMemoryLimitShouldFailWithResourceLimitWhateverTheArrayLimit() throws Exception {
		start(QuireServer.builder().maxQueryMemory(8L * 1024 * 1024));
		try (RawClient client = client()) {
			// r.range(1e8).coerceTo('array') with array_limit 1e9
			client.sendFrame(1, "[1,[51,[[173,[100000000]],\"array\"]],{\"array_limit\":1000000000}]");
			RawClient.Reply reply = client.readReply();
			assertThat(reply.type()).isEqualTo(ResponseType.RUNTIME_ERROR.value());
			assertThat(reply.body().get("e")).isEqualTo((long) ErrorType.RESOURCE_LIMIT.value());
			assertThat((String) reply.result(0)).contains("8 MiB").contains("max-query-memory");
			// r.expr([1]).mul(1e9) and r.range(1e8).distinct() fail the same way
			client.sendFrame(2, "[1,[26,[[2,[1]],1000000000]],{\"array_limit\":1000000000}]");
			assertThat(client.readReply().body().get("e")).isEqualTo((long) ErrorType.RESOURCE_LIMIT.value());
			client.sendFrame(3, "[1,[42,[[173,[100000000]]]],{\"array_limit\":1000000000}]");
			assertThat(client.readReply().body().get("e")).isEqualTo((long) ErrorType.RESOURCE_LIMIT.value());
			client.sendFrame(4, "[1,[43,[[51,[[173,[1000]],\"array\"]]]],{}]");
			assertThat(client.readReply().result(0)).isEqualTo(1000L);
		}
	}

	/** With one worker, a further query is answered only if nothing holds the worker. */
	private void assertThatTheWorkerIsFree() throws IOException {
		try (RawClient other = client()) {
			other.sendFrame(1, "[1,[24,[1,2]],{}]");
			assertThat(other.readReply().result(0)).isEqualTo(3L);
		}
	}

}
