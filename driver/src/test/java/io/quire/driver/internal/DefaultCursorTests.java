package io.quire.driver.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultCursorTests {

	private final ScriptedExchange exchange = new ScriptedExchange();

	@Test
	void nextBatchShouldBeFetchedOnlyWhenTheRowsAreUsedUp() {
		this.exchange.batches.add(response("{\"t\":3,\"r\":[3,4],\"n\":[]}"));
		this.exchange.batches.add(response("{\"t\":2,\"r\":[5],\"n\":[]}"));
		DefaultCursor<Object> cursor = cursor("{\"t\":3,\"r\":[1,2],\"n\":[]}");
		assertThat(cursor.next()).isEqualTo(1L);
		assertThat(cursor.next()).isEqualTo(2L);
		assertThat(this.exchange.continues).isZero();
		assertThat(cursor.next()).isEqualTo(3L);
		assertThat(this.exchange.continues).isEqualTo(1);
		assertThat(cursor.toList()).containsExactly(4L, 5L);
		assertThat(this.exchange.continues).isEqualTo(2);
		assertThat(this.exchange.stopped).isFalse();
		assertThat(cursor.isExhausted()).isTrue();
	}

	@Test
	void closingBeforeTheLastBatchShouldStopTheQuery() {
		DefaultCursor<Object> cursor = cursor("{\"t\":3,\"r\":[1,2],\"n\":[]}");
		assertThat(cursor.next()).isEqualTo(1L);
		cursor.close();
		cursor.close();
		assertThat(this.exchange.stopped).isTrue();
		assertThat(this.exchange.finishes).isEqualTo(1);
		assertThat(cursor.hasNext()).isFalse();
	}

	@Test
	void anAtomArrayShouldBeIteratedByElement() {
		DefaultCursor<Object> cursor = cursor("{\"t\":1,\"r\":[[\"a\",null,\"b\"]]}");
		assertThat(cursor.toList()).containsExactly("a", null, "b");
		assertThat(this.exchange.stopped).isFalse();
	}

	@Test
	void anAtomShouldBeASingleRow() {
		assertThat(cursor("{\"t\":1,\"r\":[{\"a\":1}]}").single()).isEqualTo(java.util.Map.of("a", 1L));
	}

	@Test
	void onlyAFeedCursorShouldSayItIsAFeed() {
		Response feed = response("{\"t\":3,\"r\":[],\"n\":[1]}");
		assertThat(new FeedCursor<>(this.exchange, feed, Function.identity()).isFeed()).isTrue();
		assertThat(cursor("{\"t\":3,\"r\":[],\"n\":[]}").isFeed()).isFalse();
	}

	@Test
	void streamShouldMapRowsAndCloseTheCursor() {
		DefaultCursor<Long> cursor = new DefaultCursor<>(this.exchange, response("{\"t\":3,\"r\":[1,2,3],\"n\":[]}"),
				(row) -> ((Long) row) * 10);
		try (var rows = cursor.stream()) {
			assertThat(rows.limit(2).toList()).containsExactly(10L, 20L);
		}
		assertThat(this.exchange.stopped).isTrue();
	}

	@Test
	void readyShouldAskForTheNextBatchOnceAndOnlyWhenTheRowsAreUsedUp() {
		this.exchange.held = new CompletableFuture<>();
		DefaultCursor<Object> cursor = cursor("{\"t\":3,\"r\":[1],\"n\":[]}");
		assertThat(cursor.ready()).isDone();
		assertThat(cursor.next()).isEqualTo(1L);
		CompletableFuture<Void> ready = cursor.ready();
		assertThat(cursor.ready()).isSameAs(ready);
		assertThat(ready).isNotDone();
		assertThat(this.exchange.continues).isEqualTo(1);
		this.exchange.held.complete(response("{\"t\":2,\"r\":[2],\"n\":[]}"));
		assertThat(ready).isDone();
		assertThat(cursor.toList()).containsExactly(2L);
		assertThat(this.exchange.continues).isEqualTo(1);
	}

	@Test
	void aFailedBatchShouldBeThrownByTheNextRead() {
		this.exchange.held = CompletableFuture.failedFuture(new IllegalStateException("gone"));
		DefaultCursor<Object> cursor = cursor("{\"t\":3,\"r\":[],\"n\":[]}");
		assertThat(cursor.ready()).isDone();
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(cursor::hasNext)
			.withMessage("gone");
		assertThat(cursor.hasNext()).isFalse();
	}

	private DefaultCursor<Object> cursor(String first) {
		return new DefaultCursor<>(this.exchange, response(first), Function.identity());
	}

	private static Response response(String json) {
		return Response.parse(1, json.getBytes(StandardCharsets.UTF_8));
	}

	private static final class ScriptedExchange implements QueryExchange {

		final Deque<Response> batches = new ArrayDeque<>();

		int continues;

		int finishes;

		boolean stopped;

		CompletableFuture<Response> held;

		@Override
		public CompletableFuture<Response> fetchMore() {
			this.continues++;
			if (this.held != null) {
				return this.held;
			}
			return CompletableFuture.completedFuture(this.batches.removeFirst());
		}

		@Override
		public void finish(boolean stop) {
			this.finishes++;
			this.stopped |= stop;
		}

	}

}
