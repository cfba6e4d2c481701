package io.quire.data.core;

import java.util.function.Supplier;

import io.quire.data.core.query.QuireQuery;
import io.quire.driver.ChangeType;
import io.quire.driver.query.Changes;
import io.quire.driver.query.ReqlFunction1;
import org.jspecify.annotations.Nullable;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.util.Assert;

/**
 * Changefeeds as Reactor {@link Flux}es, for applications that have reactor-core (an
 * optional dependency). Each subscription borrows a connection from the template's
 * factory and opens its own feed; the feed asks the server for more only as far as the
 * subscriber requests, and cancelling sends STOP and returns the connection. The feed's
 * query is prepared (table created, index status read) on Reactor's bounded elastic
 * scheduler; changes are emitted on the driver's I/O thread: use {@code publishOn} before
 * blocking work.
 */
public final class ReactiveQuireChanges {

	private final QuireTemplate template;

	public ReactiveQuireChanges(QuireTemplate template) {
		Assert.notNull(template, "template must not be null");
		this.template = template;
	}

	/** The changes of every entity of the type. */
	public <T> Flux<ChangeEvent<T>> changes(Class<T> type) {
		return changes(type, (ReqlFunction1) null);
	}

	/**
	 * The changes of the entities of the type for which the ReQL predicate holds (all
	 * when null).
	 */
	public <T> Flux<ChangeEvent<T>> changes(Class<T> type, @Nullable ReqlFunction1 predicate) {
		Assert.notNull(type, "type must not be null");
		return feed(type, () -> this.template.changesQuery(type, predicate));
	}

	/**
	 * The changes of the entities the query's criteria select, the current ones first as
	 * {@link ChangeType#INITIAL} events when {@code includeInitial}; see
	 * {@link QuireOperations#changes(QuireQuery, Class, boolean)}.
	 */
	public <T> Flux<ChangeEvent<T>> changes(QuireQuery query, Class<T> type, boolean includeInitial) {
		Assert.notNull(query, "query must not be null");
		Assert.notNull(type, "type must not be null");
		return feed(type, () -> this.template.changesQuery(query, type, includeInitial));
	}

	private <T> Flux<ChangeEvent<T>> feed(Class<T> type, Supplier<Changes> query) {
		return Mono.fromSupplier(query)
			.subscribeOn(Schedulers.boundedElastic())
			.flatMapMany((changes) -> JdkFlowAdapter
				.flowPublisherToFlux(changes.publisher(this.template.getConnectionFactory(), Object.class)))
			.filter((change) -> change.type() != ChangeType.STATE)
			.map((change) -> this.template.toEvent(change, type))
			.onErrorMap(RuntimeException.class,
					(ex) -> TranslatingIterator.translated(ex, this.template.getExceptionTranslator()));
	}

}
