package io.quire.data.core;

import io.quire.driver.ChangeType;
import io.quire.driver.query.ReqlFunction1;
import org.jspecify.annotations.Nullable;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;

import org.springframework.util.Assert;

/**
 * Changefeeds as Reactor {@link Flux}es, for applications that have reactor-core (an
 * optional dependency). Each subscription borrows a connection from the template's
 * factory and opens its own feed; the feed asks the server for more only as far as the
 * subscriber requests, and cancelling sends STOP and returns the connection. Changes are
 * emitted on the driver's I/O thread: use {@code publishOn} before blocking work.
 */
public final class ReactiveQuireChanges {

	private final QuireTemplate template;

	public ReactiveQuireChanges(QuireTemplate template) {
		Assert.notNull(template, "template must not be null");
		this.template = template;
	}

	/** The changes of every entity of the type. */
	public <T> Flux<ChangeEvent<T>> changes(Class<T> type) {
		return changes(type, null);
	}

	/**
	 * The changes of the entities of the type for which the ReQL predicate holds (all
	 * when null).
	 */
	public <T> Flux<ChangeEvent<T>> changes(Class<T> type, @Nullable ReqlFunction1 predicate) {
		Assert.notNull(type, "type must not be null");
		return Flux
			.defer(() -> JdkFlowAdapter.flowPublisherToFlux(this.template.changesQuery(type, predicate)
				.publisher(this.template.getConnectionFactory(), Object.class)))
			.filter((change) -> change.type() != ChangeType.STATE)
			.map((change) -> this.template.toEvent(change, type))
			.onErrorMap(RuntimeException.class,
					(ex) -> TranslatingIterator.translated(ex, this.template.getExceptionTranslator()));
	}

}
