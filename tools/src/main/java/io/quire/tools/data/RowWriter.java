package io.quire.tools.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Writes the documents of one table to a file, as {@code rethinkdb export} does.
 */
public interface RowWriter extends AutoCloseable {

	/** Write one document, as the server sent it (times and binary as pseudo-types). */
	void write(JsonNode document) throws IOException;

	/** Bytes written so far. */
	long bytesWritten();

	@Override
	void close() throws IOException;

	/**
	 * A writer for the format.
	 * @param fields the fields to keep ({@code null}: all; required for CSV)
	 */
	static RowWriter open(Path file, String format, @Nullable List<String> fields, char delimiter) throws IOException {
		if (format.equals("csv")) {
			return new CsvRowWriter(file, fields, delimiter);
		}
		return new JsonRowWriter(file, format.equals("ndjson"), fields);
	}

}
