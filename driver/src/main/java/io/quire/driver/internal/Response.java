package io.quire.driver.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.driver.QuireProtocolException;
import io.quire.protocol.ErrorType;
import io.quire.protocol.ResponseNote;
import io.quire.protocol.ResponseType;
import io.quire.protocol.json.ReqlJson;
import io.quire.protocol.json.ReqlJsonException;
import org.jspecify.annotations.Nullable;

/**
 * One response frame, parsed:
 * {@code {"t":type,"r":[...],"e":error,"b":[backtrace],"p":profile,"n":[notes]}}.
 *
 * @param token the token of the query it answers
 * @param type the response type
 * @param data the {@code r} array, values as plain Java (pseudo-types still maps)
 * @param errorType the runtime error type, if any
 * @param backtrace the backtrace frames, possibly empty
 * @param profile the profile, if the query asked for one
 * @param notes the response notes, possibly empty
 */
public record Response(long token, ResponseType type, List<@Nullable Object> data, @Nullable ErrorType errorType,
		List<Object> backtrace, @Nullable Object profile, List<ResponseNote> notes) {

	/**
	 * Parse a response body.
	 * @throws QuireProtocolException if the body is not a response
	 */
	public static Response parse(long token, byte[] body) {
		Object value;
		try {
			value = ReqlJson.read(body);
		}
		catch (ReqlJsonException ex) {
			throw new QuireProtocolException("The server sent a response that is not JSON: " + ex.getMessage(), ex);
		}
		if (!(value instanceof Map<?, ?> map) || !(map.get("t") instanceof Number type)) {
			throw new QuireProtocolException(
					"The server sent a response without a type: " + ReqlJson.writeString(value));
		}
		try {
			return new Response(token, ResponseType.of(type.intValue()), list(map.get("r")), errorType(map.get("e")),
					nonNull(list(map.get("b"))), map.get("p"), notes(map.get("n")));
		}
		catch (IllegalArgumentException ex) {
			throw new QuireProtocolException(
					"The server sent a response the driver does not understand: " + ex.getMessage(), ex);
		}
	}

	/** Whether this is the last response of its query. */
	public boolean isFinal() {
		return this.type != ResponseType.SUCCESS_PARTIAL;
	}

	/** Whether the response is a changefeed's. */
	public boolean isFeed() {
		return this.notes.stream().anyMatch((note) -> note != ResponseNote.INCLUDES_STATES);
	}

	/** The first element of {@code r}, the message of an error. */
	public String message() {
		return this.data.isEmpty() ? "(no message)" : String.valueOf(this.data.get(0));
	}

	private static List<@Nullable Object> list(@Nullable Object value) {
		if (value == null) {
			return new ArrayList<>();
		}
		if (!(value instanceof List<?> list)) {
			throw new IllegalArgumentException("expected an array but got " + value);
		}
		return new ArrayList<>(list);
	}

	@SuppressWarnings("NullAway")
	private static List<Object> nonNull(List<@Nullable Object> list) {
		list.removeIf(java.util.Objects::isNull);
		return (List<Object>) (List<?>) list;
	}

	private static @Nullable ErrorType errorType(@Nullable Object value) {
		return (value instanceof Number number) ? ErrorType.of(number.intValue()) : null;
	}

	private static List<ResponseNote> notes(@Nullable Object value) {
		List<ResponseNote> notes = new ArrayList<>();
		for (Object note : list(value)) {
			if (note instanceof Number number) {
				notes.add(ResponseNote.of(number.intValue()));
			}
		}
		return notes;
	}

}
