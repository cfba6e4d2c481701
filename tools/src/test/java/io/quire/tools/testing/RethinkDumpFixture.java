package io.quire.tools.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dump archive laid out by hand as RethinkDB 2.4's {@code rethinkdb dump} writes one:
 * {@code rethinkdb_dump_<date>/test/heroes.json} (an array, one document per line) and
 * {@code heroes.info} (the table's info, with {@code indexStatus} rows whose
 * {@code function} is RethinkDB's {@code $reql_index_function$} blob, and the
 * {@code $reql_write_hook_function$} blob of {@code getWriteHook}).
 */
public final class RethinkDumpFixture {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The function RethinkDB generates for {@code indexCreate('name')}: its own variable
	 * id -19 and backtrace ids 0, numbers written as doubles.
	 */
	static final String NAME = "[170,[[10,[[1,-19.0,0]],0],[1,\"name\",0]],0]";

	/**
	 * {@code r.row("home")} for a geo index; the IMPLICIT_VAR keeps its empty arguments.
	 */
	static final String HOME = "[170,[[13,[],5],[1,\"home\",6]],4]";

	/**
	 * {@code var1("score").mul(2)}: each term ends with the backtrace id its query gave
	 * it, a plain value is a DATUM term.
	 */
	static final String DOUBLE_SCORE = "[26,[[170,[[10,[[1,1,8]],7],[1,\"score\",9]],6],[1,2,10]],5]";

	/**
	 * {@code [r.row("name"), r.row("city")]}: IMPLICIT_VAR terms from the JavaScript
	 * driver.
	 */
	static final String NAME_CITY = "[2,[[170,[[13,7],[1,\"name\",8]],6],[170,[[13,10],[1,\"city\",11]],9]],5]";

	static final String TAGS = "[170,[[10,[[1,1,6]],5],[1,\"tags\",7]],4]";

	/**
	 * {@code function(ctx, old, new) { return new.merge({restored: true}); }}: a
	 * MAKE_OBJ.
	 */
	static final String HOOK = "[35,[[10,[[1,3,6]],5],[3,{\"restored\":[1,true,8]},7]],4]";

	private RethinkDumpFixture() {
	}

	public static Path write(Path directory) throws IOException {
		Path archive = directory.resolve("rethinkdb_dump_2024-05-01T10:20:30.tar.gz");
		String top = "rethinkdb_dump_2024-05-01T10:20:30/test/";
		try (OutputStream file = Files.newOutputStream(archive);
				TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
			add(tar, top + "heroes.json", documents());
			add(tar, top + "heroes.info", JSON.writeValueAsString(info()) + "\n");
		}
		return archive;
	}

	private static String documents() {
		return "[\n"
				+ "{\"hero_id\": \"h1\", \"name\": \"Ada\", \"city\": \"London\", \"tags\": [\"math\", \"code\"], \"score\": 7, "
				+ "\"home\": {\"$reql_type$\": \"GEOMETRY\", \"coordinates\": [-0.12, 51.5], \"type\": \"Point\"}, "
				+ "\"born\": {\"$reql_type$\": \"TIME\", \"epoch_time\": -4849401600, \"timezone\": \"+00:00\"}},\n"
				+ "{\"hero_id\": \"h2\", \"name\": \"Grace\", \"city\": \"New York\", \"tags\": [\"code\", \"navy\"], "
				+ "\"badge\": {\"$reql_type$\": \"BINARY\", \"data\": \"AAEC\"}},\n"
				+ "{\"hero_id\": \"h3\", \"name\": \"Émilie\", \"city\": \"Paris\", \"tags\": [\"physics\"], "
				+ "\"works\": {\"translated\": [\"Principia\"]}}\n]\n";
	}

	private static Map<String, Object> info() {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("db", Map.of("id", "4c1d7b2e-0f1c-4d87-9a3e-2b3f6c3d2a10", "name", "test", "type", "DB"));
		info.put("doc_count_estimates", List.of(3));
		info.put("id", "a8f0e3a2-6d0b-4f52-8b0e-7f5a6c9d1e22");
		info.put("indexes",
				List.of(index("double_score", DOUBLE_SCORE, false, false), index("home", HOME, false, true),
						index("name", NAME, false, false), index("name_city", NAME_CITY, false, false),
						index("tags", TAGS, true, false)));
		info.put("name", "heroes");
		info.put("primary_key", "hero_id");
		info.put("type", "TABLE");
		info.put("write_hook",
				Map.of("function",
						binary(blob("$reql_write_hook_function$", new long[] { 1, 2, 3 }, HOOK, null, false)), "query",
						"setWriteHook(function(var1, var2, var3) { return var3.merge({\"restored\": true}); })"));
		return info;
	}

	private static Map<String, Object> index(String name, String body, boolean multi, boolean geo) {
		Map<String, Object> status = new LinkedHashMap<>();
		long id = body.contains("-19.0") ? -19 : 1;
		status.put("function", binary(blob("$reql_index_function$", new long[] { id }, body, multi, geo)));
		status.put("geo", geo);
		status.put("index", name);
		status.put("multi", multi);
		status.put("outdated", false);
		status.put("query", "indexCreate('" + name + "', function(var1) { ... })");
		status.put("ready", true);
		return status;
	}

	/**
	 * The prefix; for an index the cluster version (9, 2.4) and three ReQL versions (7);
	 * the function kind (0, ReQL), no captured variables (varint 0, implicit depth 0 in
	 * 32 bits), the argument ids (a varint count, 64-bit ids), the body (32-bit length
	 * counting a closing NUL, JSON, NUL), the function's backtrace id (32 bits); for an
	 * index its multi and geo flags. Integers are little-endian.
	 */
	static byte[] blob(String prefix, long[] ids, String body, Boolean multi, boolean geo) {
		byte[] json = body.getBytes(StandardCharsets.UTF_8);
		ByteBuffer buffer = ByteBuffer.allocate(prefix.length() + 4 + 7 + 8 * ids.length + 4 + json.length + 1 + 4 + 2)
			.order(ByteOrder.LITTLE_ENDIAN);
		buffer.put(prefix.getBytes(StandardCharsets.US_ASCII));
		if (multi != null) {
			buffer.put(new byte[] { 9, 7, 7, 7 });
		}
		buffer.put((byte) 0).put((byte) 0).putInt(0).put((byte) ids.length);
		for (long id : ids) {
			buffer.putLong(id);
		}
		buffer.putInt(json.length + 1).put(json).put((byte) 0).putInt(3);
		if (multi != null) {
			buffer.put((byte) (multi ? 1 : 0)).put((byte) (geo ? 1 : 0));
		}
		return java.util.Arrays.copyOf(buffer.array(), buffer.position());
	}

	private static Map<String, Object> binary(byte[] bytes) {
		return Map.of("$reql_type$", "BINARY", "data", Base64.getEncoder().encodeToString(bytes));
	}

	private static void add(TarArchiveOutputStream tar, String name, String content) throws IOException {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		TarArchiveEntry entry = new TarArchiveEntry(name);
		entry.setSize(bytes.length);
		tar.putArchiveEntry(entry);
		tar.write(bytes);
		tar.closeArchiveEntry();
	}

}
