package io.quire.sample.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.quire.data.core.ChangeEvent;
import io.quire.data.core.QuireOperations;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /books/changes}: book changes as Server-Sent Events. Each client gets its
 * own changefeed, read on a thread of its own; a {@code ready} event says the feed is
 * open. A comment every {@code sample.book-changes.heartbeat-interval} (15 s) finds
 * clients that went away between changes; their feed is then closed.
 */
@RestController
class BookChangesController implements DisposableBean {

	private final QuireOperations operations;

	private final Duration heartbeatInterval;

	private final ExecutorService readers = Executors.newCachedThreadPool(daemonThreads("book-changes-"));

	private final ScheduledExecutorService heartbeats = Executors
		.newSingleThreadScheduledExecutor(daemonThreads("book-changes-heartbeat-"));

	BookChangesController(QuireOperations operations,
			@Value("${sample.book-changes.heartbeat-interval:15s}") Duration heartbeatInterval) {
		this.operations = operations;
		this.heartbeatInterval = heartbeatInterval;
	}

	@GetMapping(path = "/books/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter changes() throws IOException {
		SseEmitter emitter = new SseEmitter(0L);
		Stream<ChangeEvent<Book>> events = this.operations.changes(Book.class);
		ScheduledFuture<?> heartbeat = this.heartbeats.scheduleWithFixedDelay(() -> heartbeat(emitter, events),
				this.heartbeatInterval.toMillis(), this.heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
		Runnable stop = () -> {
			heartbeat.cancel(false);
			events.close();
		};
		emitter.onCompletion(stop);
		emitter.onTimeout(stop);
		emitter.onError((ex) -> stop.run());
		emitter.send(SseEmitter.event().name("ready").data("{}", MediaType.APPLICATION_JSON));
		this.readers.execute(() -> forward(events, emitter, stop));
		return emitter;
	}

	/** Sends every change until the feed ends or the client is gone. */
	private static void forward(Stream<ChangeEvent<Book>> events, SseEmitter emitter, Runnable stop) {
		try {
			events.forEach((event) -> send(emitter, BookChange.of(event)));
			emitter.complete();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			// the client went away (or the response is over): nothing left to tell it
		}
		catch (RuntimeException ex) {
			emitter.completeWithError(ex);
		}
		finally {
			stop.run();
		}
	}

	private static void send(SseEmitter emitter, BookChange change) {
		try {
			emitter.send(SseEmitter.event().name(change.type()).data(change, MediaType.APPLICATION_JSON));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void heartbeat(SseEmitter emitter, Stream<?> events) {
		try {
			emitter.send(SseEmitter.event().comment("heartbeat"));
		}
		catch (IOException | IllegalStateException ex) {
			events.close();
		}
	}

	@Override
	public void destroy() {
		this.heartbeats.shutdownNow();
		this.readers.shutdownNow();
	}

	private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
