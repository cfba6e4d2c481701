package io.quire.data.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import io.quire.driver.Cursor;
import org.jspecify.annotations.Nullable;

/**
 * A driver {@link Cursor} as a {@link Flux} that follows demand: rows are emitted only as
 * far as they are requested, and the next batch is asked of the server (CONTINUE) only
 * when the rows received are used up and more are requested. Waiting for a batch never
 * blocks a thread: emission resumes on the driver's I/O thread when it arrives.
 * Cancelling closes the cursor, which tells the server to drop the rest (STOP).
 */
final class CursorFlux {

	private CursorFlux() {
	}

	static <T> Flux<T> of(Cursor<T> cursor) {
		return Flux.create((sink) -> new Emitter<>(cursor, sink).start(), FluxSink.OverflowStrategy.BUFFER);
	}

	/**
	 * Emits rows while there is demand; serialised by a work-in-progress counter, so that
	 * a request and an arriving batch never emit at once.
	 */
	private static final class Emitter<T> {

		private final Cursor<T> cursor;

		private final FluxSink<T> sink;

		private final AtomicInteger work = new AtomicInteger();

		private boolean done;

		Emitter(Cursor<T> cursor, FluxSink<T> sink) {
			this.cursor = cursor;
			this.sink = sink;
		}

		void start() {
			this.sink.onDispose(this.cursor::close);
			this.sink.onRequest((n) -> drain());
		}

		private void drain() {
			if (this.work.getAndIncrement() != 0) {
				return;
			}
			do {
				emit();
			}
			while (this.work.decrementAndGet() != 0);
		}

		private void emit() {
			while (!this.done && !this.sink.isCancelled() && this.sink.requestedFromDownstream() > 0) {
				CompletableFuture<Void> ready = this.cursor.ready();
				if (!ready.isDone()) {
					ready.whenComplete((ignored, ex) -> drain());
					return;
				}
				try {
					if (!this.cursor.hasNext()) {
						end(null);
						return;
					}
					this.sink.next(this.cursor.next());
				}
				catch (RuntimeException ex) {
					end(ex);
					return;
				}
			}
		}

		private void end(@Nullable RuntimeException failure) {
			this.done = true;
			if (failure != null) {
				this.sink.error(failure);
			}
			else {
				this.sink.complete();
			}
		}

	}

}
