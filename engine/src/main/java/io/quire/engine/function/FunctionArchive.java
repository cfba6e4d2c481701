package io.quire.engine.function;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.quire.protocol.TermType;
import io.quire.protocol.json.ReqlJson;
import io.quire.protocol.json.ReqlJsonException;
import org.jspecify.annotations.Nullable;

/**
 * A ReQL function in RethinkDB 2.4's archive form ({@code wire_func_t}): the function
 * kind (0, a ReQL function), the variables it captured (a varint count, then each), its
 * implicit-variable depth (32 bits), its argument ids (a varint count, then 64-bit ids),
 * its body (the stored term tree as JSON, after its 32-bit length counting a closing NUL)
 * and its backtrace id (32 bits). On the Quire side the function is the FUNC term of a
 * query: {@code [69, [[2, [ids]], body]]}.
 */
final class FunctionArchive {

	private static final int REQL_FUNCTION = 0;

	private static final int JAVASCRIPT_FUNCTION = 1;

	private FunctionArchive() {
	}

	static void write(ArchiveWriter out, Object funcTerm) {
		List<?> func = func(funcTerm);
		List<Long> ids = argumentIds(func);
		out.int8(REQL_FUNCTION).varint(0).int32(0).varint(ids.size());
		ids.forEach(out::int64);
		byte[] body = ReqlJson.write(StoredTerms.toStored(((List<?>) func.get(1)).get(1)));
		out.int32(body.length + 1L).bytes(body).int8(0).int32(0);
	}

	static List<Object> read(ArchiveReader in) {
		int kind = in.int8();
		if (kind == JAVASCRIPT_FUNCTION) {
			throw new FunctionBlobException("it holds a JavaScript function, which is not deterministic");
		}
		if (kind != REQL_FUNCTION) {
			throw new FunctionBlobException("unknown function kind " + kind);
		}
		readEmptyScope(in);
		List<Object> ids = new ArrayList<>();
		for (long count = in.varint(), i = 0; i < count; i++) {
			ids.add(in.int64());
		}
		Object body = StoredTerms.toWire(readTree(in));
		in.uint32();
		List<@Nullable Object> parts = new ArrayList<>(2);
		parts.add(List.of(TermType.MAKE_ARRAY.value(), ids));
		parts.add(body);
		return List.of(TermType.FUNC.value(), parts);
	}

	/**
	 * A function stored by a table's index or hook was made at the top of its query, so
	 * it captured no variables; one that did cannot be rebuilt without the query.
	 */
	private static void readEmptyScope(ArchiveReader in) {
		long captured = in.varint();
		long implicitDepth = in.uint32();
		boolean capturedRow = implicitDepth == 1 && in.int8() != 0;
		if (captured != 0 || capturedRow) {
			throw new FunctionBlobException("the function uses variables of the query that created it");
		}
	}

	private static @Nullable Object readTree(ArchiveReader in) {
		int size = in.int32();
		byte[] json = in.bytes(size, "the function body");
		if (size < 1 || json[size - 1] != 0) {
			throw new FunctionBlobException("the function body does not end with NUL");
		}
		try {
			return ReqlJson.read(Arrays.copyOf(json, size - 1));
		}
		catch (ReqlJsonException ex) {
			throw new FunctionBlobException("the function body is not JSON: "
					+ new String(json, 0, Math.min(size - 1, 80), StandardCharsets.UTF_8));
		}
	}

	/** The FUNC term {@code [69, [[2, [ids]], body]]}, or a refusal. */
	private static List<?> func(Object term) {
		if (term instanceof List<?> func && func.size() == 2 && StoredTerms.type(func.get(0)) == TermType.FUNC.value()
				&& func.get(1) instanceof List<?> args && args.size() == 2) {
			return func;
		}
		throw new FunctionBlobException("not a FUNC term: " + term);
	}

	/** The parameter ids of a FUNC term: a MAKE_ARRAY (or a DATUM array) of integers. */
	private static List<Long> argumentIds(List<?> func) {
		Object parameters = ((List<?>) func.get(1)).get(0);
		if (parameters instanceof List<?> term && term.size() == 2 && term.get(1) instanceof List<?> ids) {
			List<Long> result = new ArrayList<>(ids.size());
			for (Object id : ids) {
				result.add(StoredTerms.integer(id, "a parameter id"));
			}
			return result;
		}
		throw new FunctionBlobException("the function's parameters are not an array of ids: " + parameters);
	}

}
