package io.quire.console;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The event streams open now, completed together when the server stops so that its
 * graceful shutdown does not wait for browsers that never hang up.
 */
final class OpenStreams {

	private final Set<SseEmitter> emitters = ConcurrentHashMap.newKeySet();

	void add(SseEmitter emitter) {
		this.emitters.add(emitter);
	}

	void remove(SseEmitter emitter) {
		this.emitters.remove(emitter);
	}

	void completeAll() {
		List<SseEmitter> open = List.copyOf(this.emitters);
		this.emitters.clear();
		open.forEach(SseEmitter::complete);
	}

}
