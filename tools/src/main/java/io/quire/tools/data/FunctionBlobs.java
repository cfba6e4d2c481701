package io.quire.tools.data;

import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The {@code function} bytes of an index status row or a write hook in a {@code .info}
 * file. They go back to the server as they are, as {@code rethinkdb restore} sends them:
 * RethinkDB 2.4's bytes ({@code $reql_index_function$},
 * {@code $reql_write_hook_function$}), which both RethinkDB and Quire read, or the FUNC
 * term JSON of dumps made by older Quire versions, which Quire still reads.
 */
public final class FunctionBlobs {

	private FunctionBlobs() {
	}

	/** The bytes of a BINARY pseudo-type as read from a file. */
	public static byte[] bytes(@Nullable Object binary) {
		if (binary instanceof Map<?, ?> map && "BINARY".equals(map.get("$reql_type$"))
				&& map.get("data") instanceof String data) {
			return Base64.getMimeDecoder().decode(data);
		}
		throw new IllegalArgumentException("expected a BINARY function but found " + binary);
	}

}
