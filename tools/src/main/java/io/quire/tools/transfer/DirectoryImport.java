package io.quire.tools.transfer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.tools.ToolException;
import io.quire.tools.data.TableInfo;

/**
 * Imports a directory laid out as a dump ({@code <db>/
 *
<table>
 * .json} or {@code .ndjson} or {@code .csv}, with {@code
 *
<table>
 * .info}): what {@code restore} does after extracting the archive, and {@code import -d}.
 * Unless forced, it stops before writing anything if one of the tables exists.
 */
public final class DirectoryImport {

	private static final List<String> DATA = List.of(".json", ".ndjson", ".csv");

	private final ConnectionFactory factory;

	private final FileImport files;

	private final ImportSettings settings;

	public DirectoryImport(ConnectionFactory factory, ImportSettings settings, PrintWriter out) {
		this.factory = factory;
		this.settings = settings;
		this.files = new FileImport(factory, settings, out);
	}

	/**
	 * Import the selected tables of the directory.
	 * @param indexes whether to recreate secondary indexes and write hooks
	 * @return what was written, and the number of warnings
	 */
	public Result run(Path directory, BiPredicate<String, String> selected, boolean indexes, Interruption interruption)
			throws IOException {
		List<Path> tables = dataFiles(directory, selected);
		if (tables.isEmpty()) {
			throw new ToolException("Error: no table to import in " + directory);
		}
		if (!this.settings.force()) {
			refuseExisting(tables);
		}
		Totals totals = new Totals();
		int warnings = 0;
		for (Path file : tables) {
			TableName name = nameOf(file);
			Path infoFile = file.resolveSibling(name.table() + ".info");
			TableInfo info = Files.exists(infoFile) ? TableInfo.read(infoFile) : TableInfo.of("id");
			warnings += this.files.run(file, name, info, indexes, totals, interruption);
		}
		return new Result(totals, warnings);
	}

	private void refuseExisting(List<Path> tables) {
		try (Connection connection = this.factory.connect()) {
			for (Path file : tables) {
				TableName name = nameOf(file);
				if (TableSetup.exists(connection, name)) {
					throw new ToolException("Error: table " + name
							+ " already exists; nothing was written (use --force to import into existing tables)");
				}
			}
		}
	}

	private static List<Path> dataFiles(Path directory, BiPredicate<String, String> selected) throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> dbs = Files.list(directory)) {
			for (Path db : dbs.filter(Files::isDirectory).sorted().toList()) {
				try (Stream<Path> entries = Files.list(db)) {
					entries.filter((file) -> DATA.stream().anyMatch(file.getFileName().toString()::endsWith))
						.filter((file) -> selected.test(nameOf(file).db(), nameOf(file).table()))
						.sorted()
						.forEach(files::add);
				}
			}
		}
		return files;
	}

	static TableName nameOf(Path file) {
		String fileName = file.getFileName().toString();
		return new TableName(file.getParent().getFileName().toString(),
				fileName.substring(0, fileName.lastIndexOf('.')));
	}

	/**
	 * What a directory import did.
	 *
	 * @param totals rows, tables and bytes written
	 * @param warnings indexes or hooks not restored
	 */
	public record Result(Totals totals, int warnings) {
	}

}
