package io.quire.tools.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.quire.tools.ToolException;
import org.jspecify.annotations.Nullable;

/**
 * A directory for intermediate files (under {@code --temp-dir} if given), deleted when
 * closed.
 */
final class TempDirectory implements AutoCloseable {

	private final Path path;

	TempDirectory(@Nullable Path parent, String prefix) {
		try {
			if (parent != null) {
				Files.createDirectories(parent);
			}
			this.path = (parent != null) ? Files.createTempDirectory(parent, prefix)
					: Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new ToolException("Error: Could not create temporary directory: " + ((parent != null) ? parent : "")
					+ " (" + ex.getMessage() + ")");
		}
	}

	Path path() {
		return this.path;
	}

	@Override
	public void close() {
		try (Stream<Path> paths = Files.walk(this.path)) {
			paths.sorted(Comparator.reverseOrder()).forEach(TempDirectory::delete);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
