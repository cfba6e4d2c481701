package io.quire.data.repository.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jspecify.annotations.Nullable;

/**
 * The arguments of a reactive query method, resolved before the query is built, as Spring
 * Data MongoDB's reactive repositories resolve them: a {@code Mono} becomes the value it
 * emits ({@code null} when empty), any other {@code Publisher} (a {@code Flux}) the list
 * of what it emits, so {@code findByLastname(Mono<String>)} and
 * {@code findByLastnameIn(Flux<String>)} work. Each publisher is subscribed once, when
 * the method's result is subscribed.
 */
final class ReactiveArguments {

	private ReactiveArguments() {
	}

	/** The arguments with every publisher replaced by what it emitted. */
	static Mono<@Nullable Object[]> resolve(@Nullable Object[] arguments) {
		List<Mono<ResolvedArgument>> publishers = new ArrayList<>();
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof Publisher<?> publisher) {
				publishers.add(resolve(i, publisher));
			}
		}
		if (publishers.isEmpty()) {
			return Mono.just(arguments);
		}
		return Flux.concat(publishers).collectList().map((resolved) -> replaced(arguments, resolved));
	}

	private static Mono<ResolvedArgument> resolve(int index, Publisher<?> publisher) {
		if (publisher instanceof Mono<?> mono) {
			return mono.map((value) -> new ResolvedArgument(index, Optional.<Object>of(value)))
				.defaultIfEmpty(new ResolvedArgument(index, Optional.empty()));
		}
		return Flux.from(publisher).collectList().map((values) -> new ResolvedArgument(index, Optional.of(values)));
	}

	private static @Nullable Object[] replaced(@Nullable Object[] arguments, List<ResolvedArgument> resolved) {
		@Nullable Object[] values = arguments.clone();
		resolved.forEach((argument) -> values[argument.index()] = argument.value().orElse(null));
		return values;
	}

	private record ResolvedArgument(int index, Optional<Object> value) {
	}

}
