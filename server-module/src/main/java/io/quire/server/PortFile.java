package io.quire.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file a started server writes its bound driver port to, so that scripts and tests
 * that asked for any free port ({@code quire.server.driver-port=0}) learn which one it
 * got. The file appears atomically: a reader never sees it half written.
 */
final class PortFile {

	private final Path file;

	PortFile(Path file) {
		this.file = file.toAbsolutePath();
	}

	Path path() {
		return this.file;
	}

	void write(int port) {
		try {
			Path parent = this.file.getParent();
			Files.createDirectories(parent);
			Path temporary = Files.createTempFile(parent, this.file.getFileName().toString(), ".tmp");
			Files.writeString(temporary, port + System.lineSeparator());
			Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the driver port to " + this.file, ex);
		}
	}

	void delete() {
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the port file " + this.file, ex);
		}
	}

}
