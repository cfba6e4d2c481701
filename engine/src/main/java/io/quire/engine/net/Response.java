package io.quire.engine.net;

import java.util.Collections;
import java.util.List;

import io.quire.engine.QueryException;
import io.quire.protocol.ErrorType;
import io.quire.protocol.ResponseNote;
import io.quire.protocol.ResponseType;
import org.jspecify.annotations.Nullable;

/**
 * One response before encoding: the fields {@code t, r, e, b, p, n} of RethinkDB's
 * response object.
 */
record Response(long token, ResponseType type, List<?> results, @Nullable ErrorType errorType, List<Object> backtrace,
		@Nullable Object profile, List<ResponseNote> notes) {

	static Response atom(long token, @Nullable Object value, @Nullable Object profile) {
		return new Response(token, ResponseType.SUCCESS_ATOM, Collections.singletonList(value), null, List.of(),
				profile, List.of());
	}

	static Response batch(long token, List<Object> rows, boolean last, List<ResponseNote> notes,
			@Nullable Object profile) {
		ResponseType type = last ? ResponseType.SUCCESS_SEQUENCE : ResponseType.SUCCESS_PARTIAL;
		return new Response(token, type, rows, null, List.of(), profile, notes);
	}

	static Response error(long token, QueryException error) {
		String message = (error.getMessage() != null) ? error.getMessage() : "";
		return new Response(token, error.responseType(), List.of(message), error.errorType(), error.backtrace(), null,
				List.of());
	}

	static Response waitComplete(long token) {
		return new Response(token, ResponseType.WAIT_COMPLETE, List.of(), null, List.of(), null, List.of());
	}

	static Response serverInfo(long token, Object info) {
		return new Response(token, ResponseType.SERVER_INFO, List.of(info), null, List.of(), null, List.of());
	}

	boolean isError() {
		return this.type.value() >= ResponseType.CLIENT_ERROR.value();
	}

}
