package io.quire.tools.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The {@code function} bytes of an index status row or a write hook. Quire's are the FUNC
 * term's JSON and go back to the server as they are. RethinkDB 2.4's start with
 * {@code $reql_index_function$} or {@code $reql_write_hook_function$}, then version
 * bytes, the function's argument ids and its body: the term tree as JSON (each term
 * {@code [type, [args], {optargs}, backtrace]}, a datum {@code [1, value, backtrace]})
 * after its 32-bit length; an index blob ends with its {@code multi} and {@code geo}
 * flags. Those are turned into Quire's form: {@code [69, [[2, [ids]], body]]}.
 */
public final class FunctionBlobs {

	/** The start of RethinkDB's index function bytes. */
	public static final String INDEX_PREFIX = "$reql_index_function$";

	/** The start of RethinkDB's write hook bytes. */
	public static final String HOOK_PREFIX = "$reql_write_hook_function$";

	private FunctionBlobs() {
	}

	/**
	 * An index function as the server takes it back.
	 *
	 * @param function the bytes for {@code indexCreate}
	 * @param multi whether the index is a multi index
	 * @param geo whether the index is a geospatial index
	 */
	public record IndexFunction(byte[] function, boolean multi, boolean geo) {
	}

	/** The bytes of a BINARY pseudo-type as read from a file. */
	public static byte[] bytes(@Nullable Object binary) {
		if (binary instanceof Map<?, ?> map && "BINARY".equals(map.get("$reql_type$"))
				&& map.get("data") instanceof String data) {
			return Base64.getMimeDecoder().decode(data);
		}
		throw new IllegalArgumentException("expected a BINARY function but found " + binary);
	}

	/**
	 * An index function from its status row's {@code function}, {@code multi} and
	 * {@code geo}.
	 */
	public static IndexFunction index(byte[] blob, boolean multi, boolean geo) {
		if (!startsWith(blob, INDEX_PREFIX)) {
			return new IndexFunction(blob, multi, geo);
		}
		byte[] function = toQuire(blob, INDEX_PREFIX.length(), 1);
		return new IndexFunction(function, blob[blob.length - 2] != 0, blob[blob.length - 1] != 0);
	}

	/** A write hook function for {@code setWriteHook}. */
	public static byte[] writeHook(byte[] blob) {
		return startsWith(blob, HOOK_PREFIX) ? toQuire(blob, HOOK_PREFIX.length(), 3) : blob;
	}

	private static byte[] toQuire(byte[] blob, int from, int arity) {
		for (int at = from; at + 4 < blob.length; at++) {
			Object body = termAt(blob, at);
			if (body != null) {
				List<Object> ids = argumentIds(blob, from, at, arity, body);
				List<Object> function = List.of(69, Arrays.asList(List.of(2, ids), RethinkTerms.toWire(body)));
				return Json.mapper().writeValueAsString(function).getBytes(StandardCharsets.UTF_8);
			}
		}
		throw new IllegalArgumentException("the RethinkDB function bytes hold no term");
	}

	/**
	 * The term whose length-prefixed, NUL-terminated JSON starts at {@code at}, or null.
	 */
	private static @Nullable Object termAt(byte[] blob, int at) {
		int size = ByteBuffer.wrap(blob, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
		int start = at + 4;
		if (size < 3 || size > blob.length - start || blob[start] != '[' || blob[start + size - 1] != 0) {
			return null;
		}
		try {
			return Json.mapper().readValue(Arrays.copyOfRange(blob, start, start + size - 1), List.class);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The argument ids serialized just before the body (a count, then 64-bit ids), or the
	 * variables the body uses.
	 */
	private static List<Object> argumentIds(byte[] blob, int from, int bodyAt, int arity, Object body) {
		int countAt = bodyAt - 8 * arity - 1;
		if (countAt >= from && blob[countAt] == arity) {
			ByteBuffer ids = ByteBuffer.wrap(blob, countAt + 1, 8 * arity).order(ByteOrder.LITTLE_ENDIAN);
			List<Object> result = new ArrayList<>();
			for (int i = 0; i < arity; i++) {
				result.add(ids.getLong());
			}
			return result;
		}
		List<Object> used = new ArrayList<>(RethinkTerms.variables(body));
		for (long next = 1_000_000; used.size() < arity; next++) {
			used.add(next);
		}
		return used.subList(0, arity);
	}

	private static boolean startsWith(byte[] blob, String prefix) {
		byte[] start = prefix.getBytes(StandardCharsets.US_ASCII);
		return blob.length > start.length && Arrays.equals(blob, 0, start.length, start, 0, start.length);
	}

}
