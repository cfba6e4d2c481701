package io.quire.tools.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The default names of RethinkDB's tools: {@code rethinkdb_dump_<date>T<time>} (no colons
 * on Windows).
 */
final class DumpNames {

	private DumpNames() {
	}

	static String of(String kind) {
		boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
		String pattern = windows ? "yyyy-MM-dd'T'HH-mm-ss" : "yyyy-MM-dd'T'HH:mm:ss";
		return "rethinkdb_" + kind + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(pattern));
	}

}
