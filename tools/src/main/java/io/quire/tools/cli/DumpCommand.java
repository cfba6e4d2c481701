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
import io.quire.tools.archive.DumpArchive;
import io.quire.tools.transfer.Exporter;
import io.quire.tools.transfer.Interruption;
import io.quire.tools.transfer.TableName;
import io.quire.tools.transfer.Totals;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code quire dump}: every table (or those of {@code -e}) into a {@code .tar.gz} laid
 * out as {@code rethinkdb dump}'s.
 */
@Command(name = "dump", mixinStandardHelpOptions = true,
		description = "Archive the data, secondary indexes and write hooks of a server into a .tar.gz file, as rethinkdb dump does.")
public final class DumpCommand implements Callable<Integer> {

	@Spec
	@Nullable CommandSpec spec;

	@Mixin
	ConnectionMixin connection = new ConnectionMixin();

	@Option(names = { "-f", "--file" }, paramLabel = "FILE",
			description = "the archive to write (default: rethinkdb_dump_DATE_TIME.tar.gz)")
	@Nullable Path file;

	@Option(names = { "-e", "--export" }, paramLabel = "DB|DB.TABLE",
			description = "limit the dump to this database or table (repeatable)")
	List<String> export = new ArrayList<>();

	@Option(names = "--temp-dir", paramLabel = "DIR", description = "the directory for intermediate files")
	@Nullable Path tempDir;

	@Option(names = "--overwrite-file", description = "overwrite the archive if it exists")
	boolean overwrite;

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
		Positive.check("--clients", this.clients);
		String dumpName = DumpNames.of("dump");
		Path archive = (this.file != null) ? this.file : Path.of(dumpName + ".tar.gz");
		if (Files.exists(archive) && !this.overwrite) {
			throw new ToolException("Error: Output file already exists: " + archive.toAbsolutePath());
		}
		List<TableSpec> specs = this.export.stream().map(TableSpec::parse).toList();
		try (ConnectionFactory factory = this.connection.factory();
				TempDirectory temp = new TempDirectory(this.tempDir, "quire-dump");
				Interruption interruption = Interruption.watch()) {
			List<TableName> tables = tables(factory, specs);
			Exporter.Settings settings = new Exporter.Settings("json", null, ',', this.clients, this.outdated,
					this.quiet);
			Totals totals = run(() -> new Exporter(factory, settings, out).export(tables, temp.path(), interruption),
					"no archive was written");
			DumpArchive.write(temp.path(), dumpName, archive);
			totals.print(out, "Done, " + archive);
		}
		return 0;
	}

	private static List<TableName> tables(ConnectionFactory factory, List<TableSpec> specs) {
		try (Connection connection = factory.connect()) {
			List<TableName> tables = Tables.resolve(connection, specs);
			if (tables.isEmpty()) {
				throw new ToolException("Error: no table to dump");
			}
			return tables;
		}
	}

	/** Run an export; an interruption is reported with what it leaves behind. */
	static Totals run(Callable<Totals> export, String leftBehind) {
		try {
			return export.call();
		}
		catch (Interruption.InterruptedRunException ex) {
			throw new ToolException("Interrupted: " + leftBehind);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ToolException(ToolException.describe(ex), ex);
		}
	}

}
