package io.quire.driver.query;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;

import io.quire.driver.Change;
import io.quire.driver.ChangeCursor;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.Cursor;
import io.quire.driver.RunOptions;
import io.quire.driver.internal.ChangeFeeds;
import io.quire.driver.internal.DocumentMapper;
import io.quire.driver.internal.Futures;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;

/**
 * A changefeed query, {@code source.changes(...)}: its options, and the ways to run it,
 * as a blocking {@link ChangeCursor} or a {@link Flow.Publisher} whose demand drives the
 * feed. Immutable; each option returns a changed copy. Example:
 * {@code r.table("books").changes().includeInitial(true).run(connection, Book.class)}.
 */
public final class Changes {

	private final ReqlExpr source;

	private final Map<String, Object> options;

	private final @Nullable Long limit;

	Changes(ReqlExpr source, Map<String, Object> options, @Nullable Long limit) {
		this.source = source;
		this.options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
		this.limit = limit;
	}

	/** Send the current values first (rows of type {@code INITIAL}). */
	public Changes includeInitial(boolean includeInitial) {
		return option("include_initial", includeInitial);
	}

	/** Send {@code initializing}/{@code ready} state rows. */
	public Changes includeStates(boolean includeStates) {
		return option("include_states", includeStates);
	}

	/**
	 * Ask the server for the {@code type} field (the type is inferred from the row's
	 * shape otherwise).
	 */
	public Changes includeTypes(boolean includeTypes) {
		return option("include_types", includeTypes);
	}

	/** Add old and new positions ({@code orderBy({index}).limit(n)} feeds only). */
	public Changes includeOffsets(boolean includeOffsets) {
		return option("include_offsets", includeOffsets);
	}

	/**
	 * Fold unread changes of one document into one (true), or deliver every change
	 * (false, the default).
	 */
	public Changes squash(boolean squash) {
		return option("squash", squash);
	}

	/**
	 * Fold changes of one document into one, holding each batch until its oldest change
	 * is that old.
	 * @throws IllegalArgumentException if the window is not positive
	 */
	public Changes squash(Duration window) {
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("window must be positive, was " + window);
		}
		return option("squash", window.toNanos() / 1e9);
	}

	/**
	 * How many changes the server keeps for a slow reader before it skips some (default
	 * 100,000).
	 */
	public Changes changefeedQueueSize(long size) {
		return option("changefeed_queue_size", size);
	}

	/** Any other option of {@code changes}. */
	public Changes option(String name, Object value) {
		Objects.requireNonNull(name, "name must not be null");
		Map<String, Object> copy = new LinkedHashMap<>(this.options);
		copy.put(name, value);
		return new Changes(this.source, copy, this.limit);
	}

	/** End the feed after that many rows. */
	public Changes limit(long count) {
		return new Changes(this.source, this.options, count);
	}

	/** The query as a term, for further chaining. */
	public ReqlExpr term() {
		ReqlExpr changes = new ReqlExpr(TermType.CHANGES, List.of(this.source), Map.of());
		for (Map.Entry<String, Object> option : this.options.entrySet()) {
			changes = changes.optArg(option.getKey(), option.getValue());
		}
		return (this.limit != null) ? changes.limit(this.limit) : changes;
	}

	// ---- blocking ----

	/** Run and give the changes with plain documents (maps). */
	public ChangeCursor<Object> run(Connection connection) {
		return run(connection, RunOptions.none(), Object.class);
	}

	/** Run and give the changes with documents mapped to the class. */
	public <T> ChangeCursor<T> run(Connection connection, Class<T> documentType) {
		return run(connection, RunOptions.none(), documentType);
	}

	/** Run with options and give the changes with documents mapped to the class. */
	public <T> ChangeCursor<T> run(Connection connection, RunOptions options, Class<T> documentType) {
		return Futures.join(runAsync(connection, options, documentType));
	}

	/** Run without blocking; the future completes with the feed's first batch. */
	public <T> CompletableFuture<ChangeCursor<T>> runAsync(Connection connection, RunOptions options,
			Class<T> documentType) {
		Function<Object, Change<T>> changes = changes(connection.options().timeZoneAware(), documentType);
		return connection.<Object>runAsync(term(), options, Object.class)
			.thenApply((rows) -> ChangeFeeds.cursor(rows, changes));
	}

	// ---- reactive streams ----

	/**
	 * A publisher running the feed on the connection for each subscriber. The connection
	 * stays open when a subscription ends; cancelling sends STOP.
	 */
	public <T> Flow.Publisher<Change<T>> publisher(Connection connection, Class<T> documentType) {
		return ChangeFeeds.publisher(() -> open(connection).thenApply((rows) -> new ChangeFeeds.Opened(rows, () -> {
		})), changes(connection.options().timeZoneAware(), documentType));
	}

	/**
	 * A publisher that borrows a connection from the factory (a pool) for each subscriber
	 * and closes it (returns it) when the subscription completes, fails or is cancelled.
	 */
	public <T> Flow.Publisher<Change<T>> publisher(ConnectionFactory factory, Class<T> documentType) {
		return ChangeFeeds.publisher(() -> factory.connectAsync()
			.thenCompose((connection) -> open(connection).whenComplete((rows, failure) -> {
				if (failure != null) {
					connection.close();
				}
			}).thenApply((rows) -> new ChangeFeeds.Opened(rows, connection::close))),
				changes(factory.options().timeZoneAware(), documentType));
	}

	private CompletableFuture<Cursor<Object>> open(Connection connection) {
		return connection.runAsync(term(), RunOptions.none(), Object.class);
	}

	private static <T> Function<Object, Change<T>> changes(boolean timeZoneAware, Class<T> documentType) {
		JavaType type = DocumentMapper.shared().type((Type) documentType);
		return (row) -> Change.of(row, (document) -> DocumentMapper.shared().map(document, type, timeZoneAware));
	}

	@Override
	public String toString() {
		return term().toString();
	}

}
