package io.quire.engine.storage.rocksdb;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rocksdb.RocksDB;
import org.rocksdb.util.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads RocksDB's native library from a copy kept in the user's cache directory
 * ({@code $XDG_CACHE_HOME/quire}, else {@code ~/.cache/quire}). RocksDB's own loader
 * inflates the 17 MB library out of its jar into a new temporary file at every start,
 * which was half of the engine's start; the copy is made once per library version. When
 * there is no usable cache directory, or the library is not in a jar, RocksDB's own
 * loader runs as before.
 */
final class RocksDbLibrary {

	private static final Logger logger = LoggerFactory.getLogger(RocksDbLibrary.class);

	/**
	 * The library's name in RocksDB's jar, {@code librocksdbjni-linux64.so} on x86-64
	 * Linux.
	 */
	private static final String ENTRY_NAME = Environment.getJniLibraryFileName("rocksdb");

	/**
	 * The file name {@link RocksDB#loadLibrary(List)} looks for in each directory it is
	 * given: it asks for the JNI file name of {@code rocksdbjni}, which comes out as
	 * {@code librocksdbjnijni-linux64.so}. Should a later RocksDB ask for another name,
	 * it does not find the copy and its own loader runs (see
	 * {@code RocksDbLibraryIntegrationTests}).
	 */
	static final String COPY_NAME = Environment.getJniLibraryFileName("rocksdbjni");

	private RocksDbLibrary() {
	}

	static void load() {
		Optional<Path> directory = cachedCopy();
		if (directory.isPresent()) {
			try {
				RocksDB.loadLibrary(List.of(directory.get().toString()));
				return;
			}
			catch (UnsatisfiedLinkError ex) {
				logger.debug("Cannot load the cached RocksDB library in {}", directory.get(), ex);
			}
		}
		RocksDB.loadLibrary();
	}

	private static Optional<Path> cachedCopy() {
		URL library = RocksDB.class.getClassLoader().getResource(ENTRY_NAME);
		Path cache = cacheDirectory();
		if (library == null || cache == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(NativeLibraryCache.directoryOf(library, cache, COPY_NAME));
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Cannot cache the RocksDB library in {}", cache, ex);
			return Optional.empty();
		}
	}

	private static @Nullable Path cacheDirectory() {
		String xdg = System.getenv("XDG_CACHE_HOME");
		if (xdg != null && !xdg.isBlank()) {
			return Path.of(xdg, "quire");
		}
		String home = System.getProperty("user.home");
		return (home != null && !home.isBlank() && !home.equals("?")) ? Path.of(home, ".cache", "quire") : null;
	}

}
