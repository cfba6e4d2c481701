package io.quire.protocol.codec;

import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One query or response frame: the token that pairs a response with its query, and the
 * UTF-8 JSON body. The body array is not copied; do not change it after building a frame.
 *
 * @param token the token chosen by the client, unique among the queries in flight on a
 * connection
 * @param body the UTF-8 JSON body
 */
public record Frame(long token, byte[] body) {

	/**
	 * The size of the header in front of every body: token (8 bytes) and length (4
	 * bytes).
	 */
	public static final int HEADER_SIZE = 12;

	public Frame {
		Objects.requireNonNull(body, "body must not be null");
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof Frame frame) && this.token == frame.token && Arrays.equals(this.body, frame.body);
	}

	@Override
	public int hashCode() {
		return 31 * Long.hashCode(this.token) + Arrays.hashCode(this.body);
	}

	@Override
	public String toString() {
		return "Frame[token=" + this.token + ", body=" + this.body.length + " bytes]";
	}

}
