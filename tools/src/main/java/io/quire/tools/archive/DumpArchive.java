package io.quire.tools.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.quire.tools.ToolException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Writes a dump archive as {@code rethinkdb dump} does: a gzip-compressed tar whose files
 * are {@code <dump name>/<db>/
 *
<table>
 * .json} and {@code <dump name>/<db>/
 *
<table>
 * .info} (files only, no directory entries).
 */
public final class DumpArchive {

	private DumpArchive() {
	}

	/**
	 * Archive every file under {@code directory} (laid out as {@code <db>/<file>}) into
	 * {@code archive}, under the folder {@code dumpName}.
	 * @return the size of the archive in bytes
	 */
	public static long write(Path directory, String dumpName, Path archive) throws IOException {
		List<Path> files = files(directory);
		try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(archive), 1 << 16);
				TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
			for (Path path : files) {
				String name = dumpName + "/" + directory.relativize(path).toString().replace('\\', '/');
				TarArchiveEntry entry = tar.createArchiveEntry(path, name);
				tar.putArchiveEntry(entry);
				Files.copy(path, tar);
				tar.closeArchiveEntry();
			}
		}
		return Files.size(archive);
	}

	private static List<Path> files(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			List<Path> files = new ArrayList<>(paths.filter(Files::isRegularFile).sorted().toList());
			if (files.isEmpty()) {
				throw new ToolException("Error: nothing to dump: no table was exported");
			}
			return files;
		}
	}

}
