package io.quire.console;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Executor;

import io.quire.engine.QueryException;
import io.quire.engine.query.ResultStream;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Runs ReQL as the session's user: {@code POST /console/api/queries} with {@code {"term":
 * <wire term>, "optargs": {..}}}, then continue, stop, or the events stream of a
 * changefeed.
 */
@RestController
class QueryController {

	private static final String SESSION = SessionInterceptor.SESSION_ATTRIBUTE;

	private final ConsoleQueries queries;

	private final Executor feedReaders;

	private final OpenStreams streams;

	private final ApiLimits limits;

	private final int maxNestingDepth;

	QueryController(ConsoleQueries queries, Executor feedReaders, OpenStreams streams, ApiLimits limits) {
		this.queries = queries;
		this.feedReaders = feedReaders;
		this.streams = streams;
		this.limits = limits;
		this.maxNestingDepth = limits.maxNestingDepth();
	}

	@PostMapping("/console/api/queries")
	ResponseEntity<String> start(@RequestAttribute(SESSION) ConsoleSession session, InputStream body)
			throws InterruptedException, IOException {
		Map<String, Object> request = ConsoleJson.readObject(ConsoleJson.readBody(body, this.limits.maxBodySize()),
				this.maxNestingDepth);
		if (!request.containsKey("term")) {
			throw QueryException.client("Expected a term in a START query.");
		}
		return ConsoleJson.ok(this.queries.start(session, request.get("term"), optargs(request.get("optargs"))),
				this.maxNestingDepth);
	}

	@PostMapping("/console/api/queries/{id}/continue")
	ResponseEntity<String> next(@RequestAttribute(SESSION) ConsoleSession session, @PathVariable String id)
			throws InterruptedException {
		return ConsoleJson.ok(this.queries.next(session, id), this.maxNestingDepth);
	}

	@PostMapping("/console/api/queries/{id}/stop")
	ResponseEntity<String> stop(@RequestAttribute(SESSION) ConsoleSession session, @PathVariable String id) {
		this.queries.stop(session, id);
		return ConsoleJson.ok(Map.of("done", true), this.maxNestingDepth);
	}

	/**
	 * The batches of an open cursor as server-sent events ({@code batch}, then
	 * {@code done} or {@code error}); a client that goes away stops the query.
	 */
	@GetMapping(path = "/console/api/queries/{id}/events", produces = "text/event-stream")
	SseEmitter events(@RequestAttribute(SESSION) ConsoleSession session, @PathVariable String id) {
		ConsoleCursor cursor = this.queries.cursor(session, id);
		SseEmitter emitter = new SseEmitter(0L);
		this.streams.add(emitter);
		Runnable stop = () -> {
			this.streams.remove(emitter);
			if (session.removeCursor(id) != null) {
				cursor.stop();
			}
		};
		emitter.onCompletion(stop);
		emitter.onError((ex) -> stop.run());
		this.feedReaders.execute(() -> pump(session, cursor, emitter));
		return emitter;
	}

	private void pump(ConsoleSession session, ConsoleCursor cursor, SseEmitter emitter) {
		try {
			ResultStream.Batch batch;
			do {
				batch = this.queries.read(session, cursor);
				emitter
					.send(SseEmitter.event().name("batch").data(ConsoleJson.write(batch.rows(), this.maxNestingDepth)));
			}
			while (!batch.last());
			emitter.send(SseEmitter.event().name("done").data("{}"));
			emitter.complete();
		}
		catch (QueryException ex) {
			if (cursor.isStopped()) {
				emitter.complete();
			}
			else {
				sendError(emitter, ex.getMessage());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			emitter.complete();
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away: onError stops the query
			emitter.completeWithError(ex);
		}
	}

	private void sendError(SseEmitter emitter, @Nullable String message) {
		try {
			emitter.send(SseEmitter.event()
				.name("error")
				.data(ConsoleJson.write(Map.of("message", String.valueOf(message)), this.maxNestingDepth)));
			emitter.complete();
		}
		catch (IOException | IllegalStateException ex) {
			emitter.completeWithError(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> optargs(@Nullable Object value) {
		if (value == null) {
			return Map.of();
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw QueryException.client("Expected global optargs as an object.");
		}
		return (Map<String, Object>) map;
	}

}
