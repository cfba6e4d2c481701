package io.quire.tools.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a JSON file of documents: an array ({@code [ {...}, {...} ]}, as
 * {@code rethinkdb export} writes) or one document per line (ndjson).
 */
public final class JsonRows {

	private JsonRows() {
	}

	/**
	 * A source over the file; its format is told by the first character that is not
	 * space.
	 */
	public static RowSource open(Path file, String name) throws IOException {
		long size = Files.size(file);
		CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
		InputStream in = new BufferedInputStream(counting, 1 << 16);
		int first = firstNonSpace(in);
		if (first == '[') {
			return new JsonArrayRows(in, counting, name, size);
		}
		return new JsonLineRows(in, counting, name, size);
	}

	private static int firstNonSpace(InputStream in) throws IOException {
		while (true) {
			in.mark(4);
			int b = in.read();
			if (b < 0 || !Character.isWhitespace(b)) {
				in.reset();
				return b;
			}
		}
	}

}
