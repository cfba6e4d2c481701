package io.quire.tools.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.tools.ToolException;
import io.quire.tools.transfer.Exporter;
import io.quire.tools.transfer.Interruption;
import io.quire.tools.transfer.TableName;
import io.quire.tools.transfer.Totals;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quire export}: tables into a directory of JSON, ndjson or CSV files, with their
 * {@code .info}, as {@code rethinkdb export} writes them.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Export tables into a directory of JSON, ndjson or CSV files, as rethinkdb export does.")
public final class ExportCommand implements Callable<Integer> {

	@Spec
	@Nullable CommandSpec spec;

	@Mixin
	ConnectionMixin connection = new ConnectionMixin();

	@Option(names = { "-d", "--directory" }, paramLabel = "DIR",
			description = "the directory to write (must not exist; default: rethinkdb_export_DATE_TIME)")
	@Nullable Path directory;

	@Option(names = { "-e", "--export" }, paramLabel = "DB|DB.TABLE",
			description = "limit the export to this database or table (repeatable)")
	List<String> export = new ArrayList<>();

	@Option(names = "--format", paramLabel = "json|ndjson|csv", defaultValue = "json",
			description = "file format (default: ${DEFAULT-VALUE}; ndjson is one document per line)")
	String format;

	@Option(names = "--fields", paramLabel = "FIELD,...", split = ",",
			description = "export only these fields (required for CSV; one table only)")
	@Nullable List<String> fields;

	@Option(names = "--delimiter", paramLabel = "CHARACTER",
			description = "CSV field delimiter, or '\\t' for tab (default: ',')")
	@Nullable String delimiter;

	@Option(names = "--clients", paramLabel = "NUM", defaultValue = "3",
			description = "tables read at once (default: ${DEFAULT-VALUE})")
	int clients;

	@Option(names = "--read-outdated", description = "read with read_mode outdated")
	boolean outdated;

	@Option(names = { "-q", "--quiet" }, description = "print no progress")
	boolean quiet;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = this.spec.commandLine().getOut();
		List<TableSpec> specs = this.export.stream().map(TableSpec::parse).toList();
		char separator = checkOptions(specs);
		Path target = (this.directory != null) ? this.directory : Path.of(DumpNames.of("export"));
		if (Files.exists(target)) {
			throw new ToolException("Error: Directory already exists: " + target.toAbsolutePath());
		}
		try (ConnectionFactory factory = this.connection.factory(); Interruption interruption = Interruption.watch()) {
			List<TableName> tables;
			try (Connection connection = factory.connect()) {
				tables = Tables.resolve(connection, specs);
			}
			Files.createDirectories(target);
			Exporter.Settings settings = new Exporter.Settings(this.format, this.fields, separator, this.clients,
					this.outdated, this.quiet);
			Totals totals = DumpCommand.run(
					() -> new Exporter(factory, settings, out).export(tables, target, interruption),
					"the files in " + target + " are incomplete");
			totals.print(out, "Done, " + target);
		}
		return 0;
	}

	/** RethinkDB's checks of the format options; the CSV delimiter. */
	private char checkOptions(List<TableSpec> specs) {
		Positive.check("--clients", this.clients);
		if (!List.of("json", "ndjson", "csv").contains(this.format)) {
			throw new ToolException("Error: invalid --format: " + this.format + " (choose from json, ndjson, csv)");
		}
		if (this.fields != null && (specs.size() != 1 || specs.get(0).table() == null)) {
			throw new ToolException("Error: The --fields option can only be used when exporting a single table");
		}
		if (!this.format.equals("csv")) {
			if (this.delimiter != null) {
				throw new ToolException("Error: --delimiter option is only valid for CSV file formats");
			}
			return ',';
		}
		if (this.fields == null) {
			throw new ToolException("Error: CSV files require the '--fields' option to be specified.");
		}
		return Delimiters.parse(this.delimiter);
	}

}
