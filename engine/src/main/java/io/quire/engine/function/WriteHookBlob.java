package io.quire.engine.function;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A write hook in the bytes of RethinkDB 2.4's {@code get_write_hook} {@code function}
 * field: {@code $reql_write_hook_function$} and the function ({@link FunctionArchive}),
 * with no version tag.
 */
public final class WriteHookBlob {

	private static final byte[] PREFIX = "$reql_write_hook_function$".getBytes(StandardCharsets.US_ASCII);

	private WriteHookBlob() {
	}

	/** Whether these bytes start as RethinkDB's write hook bytes do. */
	public static boolean isBlob(byte[] bytes) {
		return IndexFunctionBlob.startsWith(bytes, PREFIX);
	}

	/** The bytes RethinkDB 2.4 would return for this hook's FUNC term. */
	public static byte[] toBytes(Object function) {
		ArchiveWriter out = new ArchiveWriter().bytes(PREFIX);
		FunctionArchive.write(out, function);
		return out.toByteArray();
	}

	/**
	 * The FUNC term of a hook's bytes.
	 * @throws FunctionBlobException if they are not a hook, or one this reader cannot
	 * take
	 */
	public static List<Object> function(byte[] bytes) {
		if (!isBlob(bytes)) {
			throw new FunctionBlobException("the bytes do not start with $reql_write_hook_function$");
		}
		ArchiveReader in = new ArchiveReader(bytes, PREFIX.length);
		List<Object> function = FunctionArchive.read(in);
		in.end();
		return function;
	}

}
