package io.quire.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PortFileTests {

	@TempDir
	Path temporary;

	@Test
	void writeCreatesParentDirectoriesAndHoldsOnlyThePort() throws IOException {
		PortFile portFile = new PortFile(this.temporary.resolve("run/quire/driver.port"));
		portFile.write(28015);
		assertThat(Files.readString(portFile.path()).trim()).isEqualTo("28015");
	}

	@Test
	void writeReplacesAPortLeftByAnEarlierRunAndLeavesNoTemporaryFile() throws IOException {
		Path file = Files.writeString(this.temporary.resolve("driver.port"), "1234\n");
		new PortFile(file).write(40000);
		assertThat(Files.readString(file).trim()).isEqualTo("40000");
		try (var files = Files.list(this.temporary)) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void deleteRemovesTheFileAndToleratesItsAbsence() {
		PortFile portFile = new PortFile(this.temporary.resolve("driver.port"));
		portFile.write(28015);
		portFile.delete();
		portFile.delete();
		assertThat(portFile.path()).doesNotExist();
	}

}
