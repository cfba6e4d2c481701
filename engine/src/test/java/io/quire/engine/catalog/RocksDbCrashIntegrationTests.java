package io.quire.engine.catalog;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.quire.engine.storage.StorageException;
import io.quire.engine.storage.rocksdb.RocksDbStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.catalog.AbstractTableTests.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Kills a writing process with SIGKILL and checks that every acknowledged HARD write,
 * with its index entries, is there when the directory is opened again; and that the
 * directory cannot be opened while the other process holds it.
 */
class RocksDbCrashIntegrationTests {

	private static final int ACKS_BEFORE_KILL = 200;

	@TempDir
	Path directory;

	@Test
	void acknowledgedHardWritesShouldSurviveAKill() throws Exception {
		Process writer = startWriter();
		int lastAck;
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			lastAck = readAcks(output);
			assertThatExceptionOfType(StorageException.class).isThrownBy(() -> RocksDbStorage.open(this.directory))
				.withMessageContaining(this.directory.toAbsolutePath().toString())
				.withMessageContaining("is already in use: its RocksDB LOCK file is held by another process");
		}
		finally {
			writer.destroyForcibly();
			writer.waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(lastAck).isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
		try (DefaultCatalog catalog = DefaultCatalog.open(RocksDbStorage.open(this.directory),
				FieldIndexCompiler::compile)) {
			Table table = catalog.table("test", "crash");
			for (int i = 0; i <= lastAck; i++) {
				assertThat(table.get((double) i)).as("acknowledged document %d", i).isNotNull();
			}
			List<Object> indexed = new ArrayList<>();
			for (int n = 0; n < 7; n++) {
				indexed.addAll(ids(table.getAll("n", (double) n)));
			}
			assertThat(indexed).hasSameSizeAs(ids(table.scan(false)));
			assertThat(table.count()).isEqualTo(ids(table.scan(false)).size());
		}
	}

	private int readAcks(BufferedReader output) throws Exception {
		int lastAck = -1;
		String line;
		while (lastAck < ACKS_BEFORE_KILL && (line = output.readLine()) != null) {
			if (line.startsWith("ack ")) {
				lastAck = Integer.parseInt(line.substring(4));
			}
		}
		return lastAck;
	}

	private Process startWriter() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
				this.directory.toString())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

}
