package io.quire.data.core;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.quire.driver.Cursor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CursorFlux} on a scripted cursor whose batches arrive when the test says so.
 */
class CursorFluxTests {

	private final ScriptedCursor cursor = new ScriptedCursor(List.of(1, 2), List.of(3, 4), List.of(5));

	@Test
	void rowsShouldBeEmittedOnlyAsFarAsRequestedAndBatchesFetchedOnlyWhenUsedUp() {
		StepVerifier.create(CursorFlux.of(this.cursor), 1)
			.expectNext(1)
			.then(() -> assertThat(this.cursor.fetches).isZero())
			.thenRequest(2)
			.expectNext(2)
			.then(() -> assertThat(this.cursor.fetches).isEqualTo(1))
			.then(this.cursor::arrive)
			.expectNext(3)
			.then(() -> assertThat(this.cursor.fetches).isEqualTo(1))
			.thenRequest(10)
			.expectNext(4)
			.then(this.cursor::arrive)
			.expectNext(5)
			.verifyComplete();
		assertThat(this.cursor.fetches).isEqualTo(2);
	}

	@Test
	void cancellingShouldCloseTheCursor() {
		StepVerifier.create(CursorFlux.of(this.cursor), 1).expectNext(1).thenCancel().verify(Duration.ofSeconds(5));
		assertThat(this.cursor.closed).isTrue();
	}

	@Test
	void aFailedBatchShouldEndTheFluxWithItsError() {
		this.cursor.failure = new IllegalStateException("connection lost");
		StepVerifier.create(CursorFlux.of(this.cursor))
			.expectNext(1, 2)
			.then(this.cursor::arrive)
			.expectErrorMessage("connection lost")
			.verify(Duration.ofSeconds(5));
	}

	/** Batches that arrive one at a time, when {@link #arrive()} is called. */
	private static final class ScriptedCursor implements Cursor<Integer> {

		private final Deque<Integer> rows = new ArrayDeque<>();

		private final Deque<List<Integer>> batches = new ArrayDeque<>();

		private @Nullable CompletableFuture<Void> pending;

		@Nullable RuntimeException failure;

		private @Nullable RuntimeException failed;

		int fetches;

		boolean closed;

		@SafeVarargs
		ScriptedCursor(List<Integer> first, List<Integer>... more) {
			this.rows.addAll(first);
			this.batches.addAll(List.of(more));
		}

		@Override
		public synchronized CompletableFuture<Void> ready() {
			if (!this.rows.isEmpty() || this.batches.isEmpty() || this.closed || this.failed != null) {
				return CompletableFuture.completedFuture(null);
			}
			if (this.pending == null) {
				this.fetches++;
				this.pending = new CompletableFuture<>();
			}
			return this.pending;
		}

		void arrive() {
			CompletableFuture<Void> arrived;
			synchronized (this) {
				if (this.failure != null) {
					this.failed = this.failure;
				}
				else {
					this.rows.addAll(this.batches.removeFirst());
				}
				arrived = this.pending;
				this.pending = null;
			}
			arrived.complete(null);
		}

		@Override
		public synchronized boolean hasNext() {
			if (this.failed != null) {
				throw this.failed;
			}
			assertThat(this.pending).as("hasNext() must not be called while a batch is awaited").isNull();
			return !this.rows.isEmpty();
		}

		@Override
		public synchronized Integer next() {
			return this.rows.removeFirst();
		}

		@Override
		public boolean isFeed() {
			return false;
		}

		@Override
		public @Nullable Object profile() {
			return null;
		}

		@Override
		public synchronized boolean isExhausted() {
			return this.batches.isEmpty();
		}

		@Override
		public synchronized void close() {
			this.closed = true;
		}

	}

}
