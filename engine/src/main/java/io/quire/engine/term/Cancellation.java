package io.quire.engine.term;

import io.quire.engine.QueryException;
import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;

/**
 * Whether one query must stop, and why. Evaluation checks it between the rows of every
 * sequence (see {@link Stream}), so a cancelled query ends within one row's work; the
 * check is a volatile read. The query evaluating on a thread is found with
 * {@link #current()}, set by {@link #enter()}.
 */
public final class Cancellation {

	/** A query that nobody cancels, for evaluation outside a client's query. */
	public static final Cancellation NONE = new Cancellation();

	private static final ThreadLocal<Cancellation> CURRENT = ThreadLocal.withInitial(() -> NONE);

	private volatile @Nullable Reason reason;

	/** The query evaluating on this thread, {@link #NONE} if none. */
	public static Cancellation current() {
		return CURRENT.get();
	}

	/**
	 * Makes this the query evaluating on this thread until the scope is closed.
	 */
	public Scope enter() {
		Cancellation previous = CURRENT.get();
		CURRENT.set(this);
		return () -> CURRENT.set(previous);
	}

	/**
	 * Asks the query to stop; the first reason wins.
	 * @return whether this call cancelled it (false if it already was)
	 */
	public boolean cancel(Reason reason) {
		if (this == NONE) {
			return false;
		}
		synchronized (this) {
			if (this.reason != null) {
				return false;
			}
			this.reason = reason;
			return true;
		}
	}

	/** Why the query was cancelled, {@code null} while it may run. */
	public @Nullable Reason reason() {
		return this.reason;
	}

	/** Throws the error of the reason once the query is cancelled. */
	public void check() {
		Reason cancelled = this.reason;
		if (cancelled != null) {
			throw cancelled.error();
		}
	}

	/** The scope of {@link #enter()}. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

	/** Why a query stops before its end, and the error it stops with. */
	public enum Reason {

		/**
		 * The client sent STOP on the query's token; RethinkDB answers an empty sequence.
		 */
		STOP(ErrorType.OP_INDETERMINATE, "Query terminated by a STOP."),

		/** The client's connection closed; nobody is left to answer. */
		CONNECTION_CLOSED(ErrorType.OP_INDETERMINATE, "Query terminated by the closing of its connection."),

		/** Its row in {@code rethinkdb.jobs} was deleted. */
		JOB_DELETED(ErrorType.OP_INDETERMINATE, "Query terminated by the `rethinkdb.jobs` table."),

		/** The server is shutting down and the query outlived the shutdown timeout. */
		SHUTDOWN(ErrorType.OP_FAILED, "The server is shutting down.");

		private final ErrorType errorType;

		private final String message;

		Reason(ErrorType errorType, String message) {
			this.errorType = errorType;
			this.message = message;
		}

		/** A fresh error each time, since callers add backtrace frames to it. */
		public QueryException error() {
			return QueryException.runtime(this.errorType, this.message);
		}

	}

}
