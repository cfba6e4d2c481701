package io.quire.tools.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;

import io.quire.driver.ConnectionFactory;
import io.quire.tools.ToolException;
import io.quire.tools.archive.DumpExtractor;
import io.quire.tools.transfer.DirectoryImport;
import io.quire.tools.transfer.Interruption;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quire restore FILE}: a dump archive (Quire's or RethinkDB's) into a server.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
		description = "Load a dump archive (written by quire dump or rethinkdb dump) into a server, as rethinkdb restore does.")
public final class RestoreCommand implements Callable<Integer> {

	@Spec
	@Nullable CommandSpec spec;

	@Mixin
	ConnectionMixin connection = new ConnectionMixin();

	@Mixin
	WriteOptions write = new WriteOptions();

	@Parameters(index = "0", paramLabel = "FILE", description = "the archive to restore")
	@Nullable Path archive;

	@Option(names = { "-i", "--import", "-e", "--export" }, paramLabel = "DB|DB.TABLE",
			description = "restore only this database or table (repeatable)")
	List<String> tables = new ArrayList<>();

	@Option(names = "--temp-dir", paramLabel = "DIR", description = "the directory for intermediate files")
	@Nullable Path tempDir;

	@Option(names = "--no-secondary-indexes", description = "do not create secondary indexes (nor write hooks)")
	boolean noSecondaryIndexes;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = this.spec.commandLine().getOut();
		if (!Files.isRegularFile(this.archive)) {
			throw new ToolException("Error: Archive file does not exist: " + this.archive);
		}
		List<TableSpec> specs = this.tables.stream().map(TableSpec::parse).toList();
		BiPredicate<String, String> selected = (db, table) -> TableSpec.selects(specs, db, table);
		try (TempDirectory temp = new TempDirectory(this.tempDir, "quire-restore");
				ConnectionFactory factory = this.connection.factory();
				Interruption interruption = Interruption.watch()) {
			new DumpExtractor(this.archive, selected).extractTo(temp.path());
			DirectoryImport restore = new DirectoryImport(factory, this.write.settings(null), out);
			DirectoryImport.Result result = ImportRun
				.run(() -> restore.run(temp.path(), selected, !this.noSecondaryIndexes, interruption));
			return ImportRun.report(out, result, "Done, restored " + this.archive);
		}
	}

}
