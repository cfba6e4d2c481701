package io.quire.engine.function;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Builds function bytes the way RethinkDB 2.4 lays them out, written here from the format
 * description (not with the classes under test): prefix; for an index the cluster version
 * 9 and three ReQL versions 7; the function kind 0, a varint 0 (no captured variables), a
 * 32-bit implicit depth 0, a varint count of 64-bit little-endian argument ids, the
 * body's 32-bit length (with its NUL), the body JSON and NUL, a 32-bit backtrace id; for
 * an index the multi and geo bytes.
 */
public final class RethinkBlobBuilder {

	private RethinkBlobBuilder() {
	}

	/** The bytes of an index function with one argument id. */
	public static byte[] index(long argument, String body, boolean multi, boolean geo) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("$reql_index_function$".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(new byte[] { 9, 7, 7, 7 });
		out.writeBytes(function(new long[] { argument }, body));
		out.write(multi ? 1 : 0);
		out.write(geo ? 1 : 0);
		return out.toByteArray();
	}

	/** The bytes of a write hook with these three argument ids. */
	public static byte[] hook(long[] arguments, String body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("$reql_write_hook_function$".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(function(arguments, body));
		return out.toByteArray();
	}

	/** A BINARY pseudo-type of the bytes, as JSON in a query. */
	public static String binary(byte[] bytes) {
		return "{'$reql_type$':'BINARY','data':'" + Base64.getEncoder().encodeToString(bytes) + "'}";
	}

	static byte[] function(long[] arguments, String body) {
		byte[] json = body.getBytes(StandardCharsets.UTF_8);
		ByteBuffer buffer = ByteBuffer.allocate(1 + 1 + 4 + 1 + 8 * arguments.length + 4 + json.length + 1 + 4)
			.order(ByteOrder.LITTLE_ENDIAN);
		buffer.put((byte) 0).put((byte) 0).putInt(0).put((byte) arguments.length);
		for (long argument : arguments) {
			buffer.putLong(argument);
		}
		buffer.putInt(json.length + 1).put(json).put((byte) 0).putInt(7);
		return buffer.array();
	}

}
