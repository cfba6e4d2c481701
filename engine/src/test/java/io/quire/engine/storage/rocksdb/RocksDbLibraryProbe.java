package io.quire.engine.storage.rocksdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.rocksdb.RocksDB;

/**
 * Run in a child JVM by {@link RocksDbLibraryIntegrationTests}: loads the native library
 * the way the storage does, calls into it, and prints the RocksDB files left in
 * {@code java.io.tmpdir} (where RocksDB's own loader inflates the library).
 */
final class RocksDbLibraryProbe {

	private RocksDbLibraryProbe() {
	}

	public static void main(String[] args) throws IOException {
		RocksDbLibrary.load();
		System.out.println("version " + RocksDB.rocksdbVersion());
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			files.filter((file) -> file.getFileName().toString().startsWith("librocksdbjni"))
				.forEach((file) -> System.out.println("temporary " + file.getFileName()));
		}
	}

}
