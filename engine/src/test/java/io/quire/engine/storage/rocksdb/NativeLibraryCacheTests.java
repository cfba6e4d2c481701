package io.quire.engine.storage.rocksdb;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class NativeLibraryCacheTests {

	@TempDir
	Path temp;

	@Test
	void copyShouldHoldTheLibraryBytesUnderTheGivenName() throws IOException {
		URL library = library("one.jar", "native/libfake.so", "version one");
		Path directory = NativeLibraryCache.directoryOf(library, this.temp.resolve("cache"), "libcopy.so");
		assertThat(directory.getParent()).isEqualTo(this.temp.resolve("cache"));
		assertThat(directory.resolve("libcopy.so")).hasContent("version one");
		assertThat(directory).isDirectoryNotContaining("glob:**.partial");
	}

	@Test
	void secondLookupShouldKeepTheCopyItFinds() throws IOException {
		URL library = library("one.jar", "libfake.so", "version one");
		Path copy = NativeLibraryCache.directoryOf(library, this.temp, "libcopy.so").resolve("libcopy.so");
		Object fileKey = Files.readAttributes(copy, "unix:ino").get("ino");
		Path again = NativeLibraryCache.directoryOf(library, this.temp, "libcopy.so").resolve("libcopy.so");
		assertThat(again).isEqualTo(copy);
		assertThat(Files.readAttributes(again, "unix:ino").get("ino")).isEqualTo(fileKey);
	}

	@Test
	void damagedCopyShouldBeWrittenAgain() throws IOException {
		URL library = library("one.jar", "libfake.so", "version one");
		Path copy = NativeLibraryCache.directoryOf(library, this.temp, "libcopy.so").resolve("libcopy.so");
		Files.writeString(copy, "version 0ne");
		assertThat(NativeLibraryCache.directoryOf(library, this.temp, "libcopy.so").resolve("libcopy.so"))
			.hasContent("version one");
		Files.writeString(copy, "vers");
		assertThat(NativeLibraryCache.directoryOf(library, this.temp, "libcopy.so").resolve("libcopy.so"))
			.hasContent("version one");
	}

	@Test
	void anotherVersionOfTheLibraryShouldGetItsOwnCopy() throws IOException {
		Path one = NativeLibraryCache.directoryOf(library("one.jar", "libfake.so", "version one"), this.temp,
				"libcopy.so");
		Path two = NativeLibraryCache.directoryOf(library("two.jar", "libfake.so", "version two"), this.temp,
				"libcopy.so");
		assertThat(two).isNotEqualTo(one);
		assertThat(one.resolve("libcopy.so")).hasContent("version one");
		assertThat(two.resolve("libcopy.so")).hasContent("version two");
	}

	@Test
	void libraryOutsideAJarShouldBeRefused() throws IOException {
		Path file = Files.writeString(this.temp.resolve("libfake.so"), "loose");
		assertThatIOException().isThrownBy(
				() -> NativeLibraryCache.directoryOf(file.toUri().toURL(), this.temp.resolve("cache"), "libcopy.so"))
			.withMessageContaining("not in a jar");
	}

	private URL library(String jarName, String entryName, String content) throws IOException {
		Path jar = this.temp.resolve(jarName);
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
			out.putNextEntry(new JarEntry(entryName));
			out.write(content.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return new URL("jar:" + jar.toUri() + "!/" + entryName);
	}

}
