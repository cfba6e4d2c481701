package io.quire.engine.storage.rocksdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads RocksDB's native library in child JVMs (a library loads once per JVM) with their
 * own cache and temporary directories.
 */
class RocksDbLibraryIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void startsShouldLoadOneCachedCopyInsteadOfInflatingTheLibraryEachTime() throws Exception {
		Path cache = this.temp.resolve("cache");
		List<String> first = probe(cache, Files.createDirectory(this.temp.resolve("tmp1")));
		Path copy = onlyCopy(cache.resolve("quire"));
		Object inode = Files.getAttribute(copy, "unix:ino");
		List<String> second = probe(cache, Files.createDirectory(this.temp.resolve("tmp2")));
		assertThat(first).singleElement().asString().startsWith("version ");
		assertThat(second).isEqualTo(first);
		assertThat(onlyCopy(cache.resolve("quire"))).isEqualTo(copy);
		assertThat(Files.getAttribute(copy, "unix:ino")).isEqualTo(inode);
	}

	@Test
	void withoutAUsableCacheDirectoryRocksDbsOwnLoaderShouldRun() throws Exception {
		Path notADirectory = Files.writeString(this.temp.resolve("file"), "in the way");
		List<String> lines = probe(notADirectory, Files.createDirectory(this.temp.resolve("tmp")));
		assertThat(lines).first().asString().startsWith("version ");
		assertThat(lines).anyMatch((line) -> line.startsWith("temporary librocksdbjni"));
	}

	private static Path onlyCopy(Path cache) throws IOException {
		try (Stream<Path> files = Files.walk(cache)) {
			return files.filter(Files::isRegularFile).reduce((a, b) -> {
				throw new AssertionError("more than one file: " + a + ", " + b);
			}).orElseThrow();
		}
	}

	/** The probe's lines, without what logging prints beside them. */
	private List<String> probe(Path cacheHome, Path tmp) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-cp",
				System.getProperty("java.class.path"), RocksDbLibraryProbe.class.getName())
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return output.lines().filter((line) -> line.startsWith("version ") || line.startsWith("temporary ")).toList();
	}

}
