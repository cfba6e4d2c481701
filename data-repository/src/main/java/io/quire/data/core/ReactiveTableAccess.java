package io.quire.data.core;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.driver.Connection;
import io.quire.driver.QuireRuntimeException;
import io.quire.driver.RunOptions;
import io.quire.driver.query.ReqlAst;
import io.quire.driver.query.Table;

/**
 * How {@link ReactiveQuireTemplate} reaches the server: a connection borrowed with
 * {@code connectAsync} and returned when the work ends or is cancelled, the entity's
 * table prepared as the blocking template does (created on first use, index status
 * cached; this may ask the server, so it runs on Reactor's bounded elastic scheduler),
 * the query run with the driver's asynchronous API, one retry when the table was dropped
 * or an index went missing since it was cached, and driver exceptions translated.
 */
final class ReactiveTableAccess {

	private final QuireTemplate template;

	private final Scheduler preparation = Schedulers.boundedElastic();

	ReactiveTableAccess(QuireTemplate template) {
		this.template = template;
	}

	/** The rows of the query the function builds, batch by batch as requested. */
	Flux<Object> rows(QuirePersistentEntity<?> metadata, BiFunction<Connection, Table, ReqlAst> query) {
		return onTable(metadata, query,
				(connection, ast) -> Mono
					.fromFuture(() -> connection.<Object>runAsync(ast, RunOptions.none(), Object.class))
					.flatMapMany(CursorFlux::of));
	}

	/** The whole result of the query the function builds (empty when it is null). */
	<R> Mono<R> atom(QuirePersistentEntity<?> metadata, BiFunction<Connection, Table, ReqlAst> query, Class<R> type) {
		return onTable(metadata, query,
				(connection, ast) -> Mono.fromFuture(() -> connection.<R>runAtomAsync(ast, RunOptions.none(), type)))
			.next();
	}

	/** Runs the action on a borrowed connection, returned when the action ends. */
	<R> Flux<R> withConnection(Function<Connection, Publisher<R>> action) {
		return Flux.usingWhen(Mono.defer(this::connect), action, (borrowed) -> Mono.fromRunnable(borrowed::close))
			.onErrorMap(RuntimeException.class, this::translated);
	}

	/**
	 * A connection borrowed without blocking; one that arrives after its subscriber
	 * cancelled is closed (returned to its pool).
	 */
	private Mono<Connection> connect() {
		CompletableFuture<Connection> connecting = this.template.getConnectionFactory().connectAsync();
		return Mono.fromFuture(connecting, true).doOnCancel(() -> connecting.thenAccept(Connection::close));
	}

	private <R> Flux<R> onTable(QuirePersistentEntity<?> metadata, BiFunction<Connection, Table, ReqlAst> query,
			BiFunction<Connection, ReqlAst, Publisher<R>> run) {
		return withConnection((connection) -> attempt(connection, metadata, query, run)
			.onErrorResume(QuireRuntimeException.class, (ex) -> this.template.forgetIfStale(ex, connection, metadata)
					? attempt(connection, metadata, query, run) : Flux.error(ex)));
	}

	private <R> Flux<R> attempt(Connection connection, QuirePersistentEntity<?> metadata,
			BiFunction<Connection, Table, ReqlAst> query, BiFunction<Connection, ReqlAst, Publisher<R>> run) {
		return Mono.fromCallable(() -> query.apply(connection, this.template.prepareTable(connection, metadata)))
			.subscribeOn(this.preparation)
			.flatMapMany((ast) -> run.apply(connection, ast));
	}

	private RuntimeException translated(RuntimeException ex) {
		return TranslatingIterator.translated(ex, this.template.getExceptionTranslator());
	}

}
