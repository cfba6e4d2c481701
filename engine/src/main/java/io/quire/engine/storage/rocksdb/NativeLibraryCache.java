package io.quire.engine.storage.rocksdb;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Keeps one copy of a native library that a jar holds in a cache directory, so that it is
 * inflated once rather than at every start. The copy lives in a directory named after the
 * library's checksum in the jar, so another version gets another copy; a copy whose size
 * or checksum does not match (damaged, or left half written by another tool) is written
 * again. A copy is written to a temporary file and moved into place, so a process that
 * finds it never sees it half written.
 */
final class NativeLibraryCache {

	private NativeLibraryCache() {
	}

	/**
	 * The directory under {@code cache} that holds a checked copy of {@code library} (a
	 * {@code jar:} URL) named {@code fileName}; writes the copy when missing or
	 * different.
	 */
	static Path directoryOf(URL library, Path cache, String fileName) throws IOException {
		URLConnection connection = library.openConnection();
		if (!(connection instanceof JarURLConnection jar)) {
			throw new IOException(library + " is not in a jar");
		}
		JarEntry entry = jar.getJarEntry();
		if (entry.getCrc() == -1 || entry.getSize() == -1) {
			throw new IOException(library + " has no checksum or size in its jar");
		}
		String entryName = Path.of(entry.getName()).getFileName().toString();
		Path directory = cache.resolve(entryName + "-" + Long.toHexString(entry.getCrc()));
		Path copy = directory.resolve(fileName);
		if (!matches(copy, entry)) {
			write(jar, directory, copy);
		}
		return directory;
	}

	private static boolean matches(Path copy, JarEntry entry) throws IOException {
		return Files.isRegularFile(copy) && Files.size(copy) == entry.getSize() && crc(copy) == entry.getCrc();
	}

	private static long crc(Path file) throws IOException {
		CRC32 crc = new CRC32();
		ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
		try (FileChannel channel = FileChannel.open(file)) {
			while (channel.read(buffer.clear()) != -1) {
				crc.update(buffer.flip());
			}
		}
		return crc.getValue();
	}

	private static void write(JarURLConnection jar, Path directory, Path copy) throws IOException {
		Files.createDirectories(directory);
		Path partial = Files.createTempFile(directory, copy.getFileName().toString(), ".partial");
		try {
			try (InputStream in = jar.getInputStream()) {
				Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			}
			Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

}
