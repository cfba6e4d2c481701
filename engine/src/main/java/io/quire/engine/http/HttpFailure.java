package io.quire.engine.http;

import org.jspecify.annotations.Nullable;

/**
 * A request that failed, with RethinkDB's reason (such as {@code status code 404}) and,
 * when a response came, its header and body as datums.
 */
public final class HttpFailure extends RuntimeException {

	private final transient @Nullable Object header;

	private final transient @Nullable Object body;

	public HttpFailure(String reason) {
		this(reason, null, null);
	}

	public HttpFailure(String reason, @Nullable Object header, @Nullable Object body) {
		super(reason, null, false, false);
		this.header = header;
		this.body = body;
	}

	/** The response's header as a datum, {@code null} when no response came. */
	public @Nullable Object header() {
		return this.header;
	}

	/** The response's body as a datum, {@code null} when there was none. */
	public @Nullable Object body() {
		return this.body;
	}

}
