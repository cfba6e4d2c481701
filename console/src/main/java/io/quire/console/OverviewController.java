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
 * The server overview, the live reads and writes per second and current issues, and the
 * ReQL term table (name to wire number) that the browser's query builder is driven by.
 */
@RestController
class OverviewController {

	private final ServerOverview overview;

	private final ActivitySampler activity;

	private final OpenStreams streams;

	private final CurrentIssues issues;

	OverviewController(ServerOverview overview, ActivitySampler activity, OpenStreams streams, CurrentIssues issues) {
		this.overview = overview;
		this.activity = activity;
		this.streams = streams;
		this.issues = issues;
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
	 * {@code {"time": s, "readsPerSecond": n, "writesPerSecond": n}}; and {@code issues}
	 * at once and whenever the current issues the user may see change: {@code {"issues":
	 * [..]}} or {@code {"error": message}}.
	 */
	@GetMapping(path = "/console/api/stats", produces = "text/event-stream")
	SseEmitter stats(@RequestAttribute(SessionInterceptor.SESSION_ATTRIBUTE) ConsoleSession session)
			throws IOException {
		SseEmitter emitter = new SseEmitter(0L);
		emitter.send(SseEmitter.event().name("history").data(ConsoleJson.write(this.activity.history(), 16)));
		IssuesWatch watch = new IssuesWatch(this.issues, session.querySession());
		sendIssues(emitter, watch);
		Consumer<Map<String, Object>> listener = (sample) -> {
			send(emitter, "sample", sample);
			sendIssues(emitter, watch);
		};
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

	private static void sendIssues(SseEmitter emitter, IssuesWatch watch) {
		try {
			Map<String, Object> changed = watch.changed();
			if (changed != null) {
				send(emitter, "issues", changed);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			emitter.complete();
		}
	}

	private static void send(SseEmitter emitter, String event, Map<String, Object> data) {
		try {
			emitter.send(SseEmitter.event().name(event).data(ConsoleJson.write(data, ReqlJson.DEFAULT_MAX_DEPTH)));
		}
		catch (IOException | IllegalStateException ex) {
			emitter.completeWithError(ex);
		}
	}

}
