package io.quire.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Sizes of directories on disk. */
final class DiskUsage {

	private DiskUsage() {
	}

	/**
	 * The total size of the regular files under {@code directory}; 0 when it cannot be
	 * read.
	 */
	static long bytes(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile).mapToLong(DiskUsage::size).sum();
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
