package io.quire.tools.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.quire.tools.ToolException;
import io.quire.tools.data.BadRowException;
import io.quire.tools.data.CsvRows;
import io.quire.tools.data.JsonRows;
import io.quire.tools.data.RowSource;
import io.quire.tools.data.TableInfo;
import io.quire.tools.transfer.TableName;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of {@code import -f}: the file, its format and the target table.
 */
public final class FileOptions {

	@Option(names = { "-f", "--file" }, paramLabel = "FILE", description = "the file to import")
	@Nullable Path file;

	@Option(names = "--table", paramLabel = "DB.TABLE", description = "the table to import into")
	@Nullable String table;

	@Option(names = "--fields", paramLabel = "FIELD,...", split = ",", description = "import only these fields")
	@Nullable List<String> fields;

	@Option(names = "--format", paramLabel = "json|csv",
			description = "the file's format (default: its extension; json accepts an array or one document per line)")
	@Nullable String format;

	@Option(names = "--pkey", paramLabel = "PRIMARY_KEY", description = "the primary key of the table (default: id)")
	@Nullable String pkey;

	@Option(names = "--delimiter", paramLabel = "CHARACTER",
			description = "CSV field delimiter, or '\\t' for tab (default: ',')")
	@Nullable String delimiter;

	@Option(names = "--no-header", description = "the CSV file has no header line (then give --custom-header)")
	boolean noHeader;

	@Option(names = "--custom-header", paramLabel = "FIELD,...", split = ",",
			description = "the CSV field names, instead of the file's header")
	@Nullable List<String> customHeader;

	@Option(names = "--strings",
			description = "keep every CSV value a string, as rethinkdb import does (default: JSON cells become JSON values)")
	boolean strings;

	@Option(names = "--create-sindexes",
			description = "also create the secondary indexes and write hook of the <file>.info next to the file")
	boolean createSindexes;

	TableName table() {
		if (this.table == null) {
			throw new ToolException("Error: A value is required for --table when importing from a file");
		}
		TableSpec spec = TableSpec.parse(this.table);
		if (spec.table() == null) {
			throw new ToolException("Error: Invalid --table option: " + this.table);
		}
		return new TableName(spec.db(), spec.table());
	}

	RowSource open() throws IOException {
		if (!Files.isRegularFile(this.file)) {
			throw new ToolException("Error: -f/--file does not exist: " + this.file);
		}
		String name = this.file.getFileName().toString();
		String kind = (this.format != null) ? this.format : name.substring(name.lastIndexOf('.') + 1);
		if (kind.equals("csv")) {
			return openCsv(name);
		}
		if (!kind.equals("json") && !kind.equals("ndjson")) {
			throw new ToolException("Error: Unrecognized file format: " + kind + " (use --format json or csv)");
		}
		if (this.delimiter != null || this.noHeader || this.customHeader != null) {
			throw new ToolException("Error: --delimiter, --no-header and --custom-header are only valid for CSV files");
		}
		return JsonRows.open(this.file, name);
	}

	private RowSource openCsv(String name) throws IOException {
		if (this.noHeader && this.customHeader == null) {
			throw new ToolException("Error: --custom-header is required if --no-header is specified");
		}
		try {
			return CsvRows.open(this.file, name, new CsvRows.Options(Delimiters.parse(this.delimiter), this.noHeader,
					this.customHeader, !this.strings));
		}
		catch (BadRowException ex) {
			throw new ToolException("Error: " + ex.getMessage());
		}
	}

	@Nullable TableInfo sindexes() throws IOException {
		if (!this.createSindexes) {
			return null;
		}
		String name = this.file.getFileName().toString();
		Path info = this.file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".info");
		if (!Files.isRegularFile(info)) {
			throw new ToolException("Error: --create-sindexes needs " + info + " next to the file");
		}
		return TableInfo.read(info);
	}

	void refuseFileOptions() {
		if (this.table != null || this.fields != null || this.format != null || this.pkey != null
				|| this.delimiter != null || this.noHeader || this.customHeader != null) {
			throw new ToolException(
					"Error: --table, --fields, --format, --pkey and the CSV options are not valid when importing a directory");
		}
	}

}
