package io.quire.tools.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import io.quire.driver.ConnectionFactory;
import io.quire.tools.ToolException;
import io.quire.tools.transfer.DirectoryImport;
import io.quire.tools.transfer.FileImport;
import io.quire.tools.transfer.Interruption;
import io.quire.tools.transfer.TableName;
import io.quire.tools.transfer.Totals;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quire import}: a JSON or CSV file into a table, or a directory laid out as an
 * export, as {@code rethinkdb import} does.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Load a JSON (array or one document per line) or CSV file into a table, or a directory written by export.")
public final class ImportCommand implements Callable<Integer> {

	@Spec
	@Nullable CommandSpec spec;

	@Mixin
	ConnectionMixin connection = new ConnectionMixin();

	@Mixin
	WriteOptions write = new WriteOptions();

	@Mixin
	FileOptions file = new FileOptions();

	@Option(names = { "-d", "--directory" }, paramLabel = "DIR",
			description = "a directory to import, as export writes it")
	@Nullable Path directory;

	@Option(names = { "-i", "--import" }, paramLabel = "DB|DB.TABLE",
			description = "with -d: import only this database or table (repeatable)")
	List<String> tables = new ArrayList<>();

	@Option(names = "--no-secondary-indexes", description = "with -d: do not create secondary indexes")
	boolean noSecondaryIndexes;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = this.spec.commandLine().getOut();
		if ((this.directory == null) == (this.file.file == null)) {
			throw new ToolException("Error: Either -f/--file or -d/--directory is required (not both)");
		}
		try (ConnectionFactory factory = this.connection.factory(); Interruption interruption = Interruption.watch()) {
			if (this.directory != null) {
				return importDirectory(factory, out, interruption);
			}
			return importFile(factory, out, interruption);
		}
	}

	private int importDirectory(ConnectionFactory factory, PrintWriter out, Interruption interruption)
			throws Exception {
		if (!Files.isDirectory(this.directory)) {
			throw new ToolException("Error: -d/--directory is not a directory: " + this.directory);
		}
		this.file.refuseFileOptions();
		List<TableSpec> specs = this.tables.stream().map(TableSpec::parse).toList();
		DirectoryImport run = new DirectoryImport(factory, this.write.settings(null), out);
		DirectoryImport.Result result = ImportRun.run(() -> run.run(this.directory,
				(db, table) -> TableSpec.selects(specs, db, table), !this.noSecondaryIndexes, interruption));
		return ImportRun.report(out, result, "Done, imported " + this.directory);
	}

	private int importFile(ConnectionFactory factory, PrintWriter out, Interruption interruption) throws Exception {
		if (!this.tables.isEmpty()) {
			throw new ToolException("Error: -i/--import can only be used when importing a directory");
		}
		TableName table = this.file.table();
		var fields = (this.file.fields != null) ? new LinkedHashSet<>(this.file.fields) : null;
		FileImport run = new FileImport(factory, this.write.settings(fields), out);
		Totals totals = new Totals();
		DirectoryImport.Result result = ImportRun.run(() -> {
			try (var source = this.file.open()) {
				int warnings = run.run(source, table, this.file.pkey, this.file.sindexes(), totals, interruption);
				return new DirectoryImport.Result(totals, warnings);
			}
		});
		return ImportRun.report(out, result, "Done, imported " + this.file.file);
	}

}
