package io.quire.tools.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A CSV file: a header with the fields, then one line per document (see
 * {@link CsvCells}).
 */
final class CsvRowWriter implements RowWriter {

	private final CSVPrinter printer;

	private final List<String> fields;

	private final CountingWriter counting;

	CsvRowWriter(Path file, @Nullable List<String> fields, char delimiter) throws IOException {
		this.fields = Objects.requireNonNull(fields, "fields must not be null");
		this.counting = new CountingWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
		this.printer = new CSVPrinter(this.counting,
				CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator('\n').get());
		this.printer.printRecord(fields);
	}

	@Override
	public void write(JsonNode document) throws IOException {
		List<String> cells = new ArrayList<>(this.fields.size());
		for (String field : this.fields) {
			cells.add(CsvCells.toCell(document.get(field)));
		}
		this.printer.printRecord(cells);
	}

	@Override
	public long bytesWritten() {
		return this.counting.count;
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

	/** Counts characters written (close to bytes for the summary). */
	private static final class CountingWriter extends java.io.FilterWriter {

		private long count;

		CountingWriter(BufferedWriter out) {
			super(out);
		}

		@Override
		public void write(int c) throws IOException {
			super.write(c);
			this.count++;
		}

		@Override
		public void write(char[] buffer, int offset, int length) throws IOException {
			super.write(buffer, offset, length);
			this.count += length;
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			super.write(text, offset, length);
			this.count += length;
		}

	}

}
