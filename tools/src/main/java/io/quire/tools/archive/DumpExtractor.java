package io.quire.tools.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import io.quire.tools.ToolException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dump archive into a directory, as {@code rethinkdb restore} does: only
 * {@code .json}, {@code .ndjson}, {@code .csv} and {@code .info} files, each at
 * {@code <top>/<db>/<file>} under one top folder; paths that leave the folder are
 * skipped.
 */
public final class DumpExtractor {

	private static final List<String> EXTENSIONS = List.of(".json", ".ndjson", ".csv", ".info");

	private final Path archive;

	private final BiPredicate<String, String> selected;

	private @Nullable String top;

	private int extracted;

	/**
	 * @param archive the {@code .tar.gz} file
	 * @param selected which {@code (db, table)} to extract
	 */
	public DumpExtractor(Path archive, BiPredicate<String, String> selected) {
		this.archive = archive;
		this.selected = selected;
	}

	/**
	 * Extract the selected tables' files into {@code into} (as {@code <db>/<file>}).
	 * @throws ToolException if the file is not a dump archive or holds no selected table
	 */
	public void extractTo(Path into) throws IOException {
		try (InputStream in = gunzip();
				TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(in, 1 << 16))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				if (entry.isFile()) {
					extract(entry, tar, into);
				}
			}
		}
		catch (ToolException ex) {
			throw ex;
		}
		catch (IOException | IllegalArgumentException ex) {
			throw notADump(ex.getMessage());
		}
		if (this.extracted == 0) {
			throw new ToolException("Error: Archive file had no files" + ((this.top == null) ? "" : " to restore")
					+ ": " + this.archive);
		}
	}

	private InputStream gunzip() throws IOException {
		InputStream file = Files.newInputStream(this.archive);
		try {
			return new GZIPInputStream(file, 1 << 16);
		}
		catch (ZipException ex) {
			file.close();
			throw notADump("it is not gzip-compressed");
		}
	}

	private ToolException notADump(@Nullable String reason) {
		return new ToolException("Error: " + this.archive + " is not a dump archive: " + reason);
	}

	private void extract(TarArchiveEntry entry, InputStream tar, Path into) throws IOException {
		String name = entry.getName().strip().replaceFirst("^(\\./|/)+", "");
		if (name.contains("..") || EXTENSIONS.stream().noneMatch(name::endsWith)) {
			return;
		}
		String[] parts = name.split("/");
		if (parts.length != 3) {
			throw new ToolException("Error: Archive file has an unexpected directory structure: " + entry.getName());
		}
		if (this.top == null) {
			this.top = parts[0];
		}
		else if (!this.top.equals(parts[0])) {
			throw new ToolException(
					"Error: Archive file has an unexpected directory structure (" + parts[0] + " vs " + this.top + ")");
		}
		String table = parts[2].substring(0, parts[2].lastIndexOf('.'));
		if (!this.selected.test(parts[1], table)) {
			return;
		}
		Path target = into.resolve(parts[1]).resolve(parts[2]);
		Files.createDirectories(target.getParent());
		Files.copy(tar, target);
		this.extracted++;
	}

}
