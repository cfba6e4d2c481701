package io.quire.console;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import io.quire.protocol.TermType;
import io.quire.protocol.json.ReqlJson;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server overview, the live reads and writes per second, and the ReQL term table
 * (name to wire number) that the browser's query builder is driven by.
 */
@RestController
class OverviewController {

	private final ServerOverview overview;

	private final ActivitySampler activity;

	private final OpenStreams streams;

	OverviewController(ServerOverview overview, ActivitySampler activity, OpenStreams streams) {
		this.overview = overview;
		this.activity = activity;
		this.streams = streams;
	}

	@GetMapping("/console/api/overview")
	ResponseEntity<String> overview(@RequestAttribute(SessionInterceptor.SESSION_ATTRIBUTE) ConsoleSession session) {
		return ConsoleJson.ok(this.overview.describe(session.user()), ReqlJson.DEFAULT_MAX_DEPTH);
	}

	@GetMapping("/console/api/terms")
	ResponseEntity<String> terms() {
		Map<String, Object> terms = new TreeMap<>();
		for (TermType type : TermType.values()) {
			terms.put(type.name(), type.value());
		}
		return ConsoleJson.ok(terms, ReqlJson.DEFAULT_MAX_DEPTH);
	}

	/**
	 * {@code history} with the last minutes, then one {@code sample} a second:
	 * {@code {"time": s, "readsPerSecond": n, "writesPerSecond": n}}.
	 */
	@GetMapping(path = "/console/api/stats", produces = "text/event-stream")
	SseEmitter stats() throws IOException {
		SseEmitter emitter = new SseEmitter(0L);
		emitter.send(SseEmitter.event().name("history").data(ConsoleJson.write(this.activity.history(), 16)));
		Consumer<Map<String, Object>> listener = (sample) -> send(emitter, sample);
		this.activity.subscribe(listener);
		this.streams.add(emitter);
		Runnable end = () -> {
			this.activity.unsubscribe(listener);
			this.streams.remove(emitter);
		};
		emitter.onCompletion(end);
		emitter.onError((ex) -> end.run());
		return emitter;
	}

	private static void send(SseEmitter emitter, Map<String, Object> sample) {
		try {
			emitter.send(SseEmitter.event().name("sample").data(ConsoleJson.write(sample, 16)));
		}
		catch (IOException | IllegalStateException ex) {
			emitter.completeWithError(ex);
		}
	}

}
