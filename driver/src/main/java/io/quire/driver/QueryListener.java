package io.quire.driver;

import org.jspecify.annotations.Nullable;

/**
 * Hears every query a connection sends: {@link #beforeQuery} just before it goes on the
 * wire, {@link #afterQuery} once the server answered it (the first batch of a cursor or
 * feed, the whole result of an atom) or it failed. Both calls get the same
 * {@link QueryEvent}, which carries a listener's state between them. Listeners run on the
 * caller's or an I/O thread and must return quickly; an exception they throw is logged
 * and does not affect the query. Register one with
 * {@link ConnectionOptions.Builder#addQueryListener(QueryListener)}.
 */
public interface QueryListener {

	/**
	 * The query is about to be sent.
	 * @param event what the query is and where it goes
	 */
	default void beforeQuery(QueryEvent event) {
	}

	/**
	 * The query was answered, or failed.
	 * @param event the event given to {@link #beforeQuery}
	 * @param error the failure, or {@code null} when the server answered without error
	 */
	default void afterQuery(QueryEvent event, @Nullable Throwable error) {
	}

}
