package io.quire.engine.function;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A secondary index function in the bytes of RethinkDB 2.4's {@code index_status}
 * {@code function} field: {@code $reql_index_function$}, the cluster version the rest was
 * written for (one byte), the index function's three ReQL versions (original, latest
 * compatible, latest checked; a byte each), the function ({@link FunctionArchive}), then
 * the {@code multi} and {@code geo} flags (a byte each). Quire writes the versions
 * RethinkDB 2.4 writes and reads what 2.2 to 2.4 wrote; older servers stored the body as
 * protocol buffers, which they alone can read.
 *
 * @param function the FUNC term of the index function, as a query sends it
 * @param multi whether the index is a multi index
 * @param geo whether the index is a geospatial index
 */
public record IndexFunctionBlob(Object function, boolean multi, boolean geo) {

	private static final byte[] PREFIX = "$reql_index_function$".getBytes(StandardCharsets.US_ASCII);

	/** The cluster version tag of RethinkDB 2.4 ({@code cluster_version_t::v2_4}). */
	static final int CLUSTER_V2_4 = 9;

	/** The oldest cluster version whose function bodies are JSON (2.2). */
	static final int CLUSTER_V2_2 = 7;

	/** The ReQL version of RethinkDB 2.4 ({@code reql_version_t::v2_4}). */
	static final int REQL_V2_4 = 7;

	/** The oldest ReQL version RethinkDB 2.4 still reads (1.16). */
	static final int REQL_V1_16 = 2;

	/** Whether these bytes start as RethinkDB's index function bytes do. */
	public static boolean isBlob(byte[] bytes) {
		return startsWith(bytes, PREFIX);
	}

	/** The bytes RethinkDB 2.4 would return for this index. */
	public byte[] toBytes() {
		ArchiveWriter out = new ArchiveWriter().bytes(PREFIX)
			.int8(CLUSTER_V2_4)
			.int8(REQL_V2_4)
			.int8(REQL_V2_4)
			.int8(REQL_V2_4);
		FunctionArchive.write(out, this.function);
		return out.int8(this.multi ? 1 : 0).int8(this.geo ? 1 : 0).toByteArray();
	}

	/**
	 * Reads the bytes of an index function.
	 * @throws FunctionBlobException if they are not one, or one this reader cannot take
	 */
	public static IndexFunctionBlob of(byte[] bytes) {
		if (!isBlob(bytes)) {
			throw new FunctionBlobException("the bytes do not start with $reql_index_function$");
		}
		ArchiveReader in = new ArchiveReader(bytes, PREFIX.length);
		readVersions(in);
		Object function = FunctionArchive.read(in);
		boolean multi = flag(in, "multi");
		boolean geo = flag(in, "geo");
		in.end();
		return new IndexFunctionBlob(function, multi, geo);
	}

	private static void readVersions(ArchiveReader in) {
		int cluster = in.int8();
		if (cluster >= 0 && cluster < CLUSTER_V2_2) {
			throw new FunctionBlobException("the index was written by RethinkDB 2.1 or older (cluster version "
					+ cluster + "); restore it into RethinkDB 2.4 and dump it again");
		}
		if (cluster > CLUSTER_V2_4 || cluster < 0) {
			throw new FunctionBlobException("Unrecognized cluster serialization version " + cluster);
		}
		for (String version : new String[] { "original", "latest compatible", "latest checked" }) {
			int reql = in.int8();
			if (reql < REQL_V1_16 || reql > REQL_V2_4) {
				throw new FunctionBlobException("unknown " + version + " ReQL version " + reql);
			}
		}
	}

	private static boolean flag(ArchiveReader in, String name) {
		int value = in.int8();
		if (value != 0 && value != 1) {
			throw new FunctionBlobException("the " + name + " flag is " + value + ", not 0 or 1");
		}
		return value == 1;
	}

	static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
