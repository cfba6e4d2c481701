package io.quire.tools.data;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a CSV file as documents: the header (the file's first line, or
 * {@code --custom-header}) names the fields; an empty cell leaves its field out.
 */
public final class CsvRows implements RowSource {

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final CountingInputStream counting;

	private final String name;

	private final long size;

	private final boolean typed;

	private List<String> header;

	private long line = 1;

	private CsvRows(Path file, String name, Options options) throws IOException {
		this.counting = new CountingInputStream(Files.newInputStream(file));
		this.size = Files.size(file);
		this.name = name;
		this.typed = options.typed();
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(options.delimiter()).get();
		this.parser = CSVParser.builder()
			.setReader(new InputStreamReader(this.counting, StandardCharsets.UTF_8))
			.setFormat(format)
			.get();
		this.records = this.parser.iterator();
		this.header = (options.header() != null) ? options.header() : List.of();
	}

	/**
	 * Open a CSV file.
	 * @throws BadRowException if the file has no header line
	 */
	public static CsvRows open(Path file, String name, Options options) throws IOException, BadRowException {
		CsvRows rows = new CsvRows(file, name, options);
		if (!options.noHeader()) {
			CSVRecord first = rows.read();
			if (first == null) {
				throw new BadRowException(name, 1, "the CSV file has no header line", false);
			}
			if (options.header() == null) {
				rows.header = first.toList();
			}
		}
		return rows;
	}

	@Override
	public @Nullable Row next() throws BadRowException {
		long start = this.line;
		CSVRecord record = read();
		if (record == null) {
			return null;
		}
		if (record.size() != this.header.size()) {
			throw new BadRowException(this.name, start,
					"expected " + this.header.size() + " fields (as in the header) but found " + record.size(), true);
		}
		Map<String, @Nullable Object> document = new LinkedHashMap<>();
		for (int i = 0; i < record.size(); i++) {
			Object value = CsvCells.fromCell(record.get(i), this.typed);
			if (value != CsvCells.ABSENT) {
				document.put(this.header.get(i), value);
			}
		}
		return new Row(start, document);
	}

	private @Nullable CSVRecord read() throws BadRowException {
		try {
			CSVRecord record = this.records.hasNext() ? this.records.next() : null;
			this.line = this.parser.getCurrentLineNumber() + 1;
			return record;
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new BadRowException(this.name, this.line, "malformed CSV: " + cause.getMessage(), false);
		}
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public long bytesRead() {
		return this.counting.count();
	}

	@Override
	public long size() {
		return this.size;
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

	/**
	 * How to read the file.
	 *
	 * @param delimiter the field separator
	 * @param noHeader whether the file has no header line
	 * @param header the field names to use instead of the file's header ({@code null}:
	 * the file's)
	 * @param typed whether JSON cells become JSON values
	 */
	public record Options(char delimiter, boolean noHeader, @Nullable List<String> header, boolean typed) {
	}

}
