package io.quire.tools.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.quire.driver.Connection;
import io.quire.driver.Cursor;
import io.quire.driver.RunOptions;
import io.quire.driver.query.Table;
import io.quire.tools.data.RowWriter;
import io.quire.tools.data.TableInfo;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static io.quire.driver.Quire.r;

/**
 * Writes one table to {@code
 *
<dir>
 * /<db>/
 *
<table>
 * .info} and {@code
 *
<table>
 * .<format>}. The documents come from a single table scan read through one cursor, which
 * the server reads from one snapshot of the store: the file holds the table as it was
 * when the scan began, while writes go on.
 */
final class TableExport {

	private final Connection connection;

	private final TableName name;

	private final RunOptions options;

	TableExport(Connection connection, TableName name, boolean outdated) {
		this.connection = connection;
		this.name = name;
		this.options = outdated ? RunOptions.none().readMode("outdated") : RunOptions.none();
	}

	/**
	 * Write the info file and the documents.
	 * @return the bytes written
	 */
	long export(Path directory, Format format, AtomicLong rows, Interruption interruption) throws IOException {
		Path folder = Files.createDirectories(directory.resolve(this.name.db()));
		byte[] info = info().getBytes(StandardCharsets.UTF_8);
		Files.write(folder.resolve(this.name.table() + ".info"), info);
		Path file = folder.resolve(this.name.table() + "." + format.name());
		RowWriter writer = RowWriter.open(file, format.name(), format.fields(), format.delimiter());
		try (writer; Cursor<JsonNode> cursor = table().run(this.connection, this.options, JsonNode.class)) {
			while (cursor.hasNext()) {
				interruption.check();
				writer.write(cursor.next());
				rows.incrementAndGet();
			}
		}
		return info.length + writer.bytesWritten();
	}

	private String info() {
		JsonNode info = table().info().runAtom(this.connection, JsonNode.class);
		JsonNode indexes = table().indexStatus().runAtom(this.connection, JsonNode.class);
		JsonNode hook = table().getWriteHook().runAtom(this.connection, JsonNode.class);
		return TableInfo.compose(info, indexes, (hook == null || hook.isNull()) ? null : hook);
	}

	private Table table() {
		return r.db(this.name.db()).table(this.name.table());
	}

	/**
	 * The file format.
	 *
	 * @param name {@code json}, {@code ndjson} or {@code csv}
	 * @param fields the fields to keep ({@code null}: all)
	 * @param delimiter the CSV delimiter
	 */
	record Format(String name, @Nullable List<String> fields, char delimiter) {
	}

}
