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
 * directory cannot be opened while the other process holds it; and that the durable
 * document count matches the documents after a kill in the middle of concurrent writes.
 */
class RocksDbCrashIntegrationTests {

	private static final int ACKS_BEFORE_KILL = 200;

	private static final long WRITES_BEFORE_KILL = 3000;

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

	@Test
	void documentCountShouldMatchTheDocumentsAfterAKill() throws Exception {
		for (int round = 1; round <= 2; round++) {
			Process writer = start(CountCrashWriter.class);
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
				assertThat(readWrites(output)).isGreaterThanOrEqualTo(WRITES_BEFORE_KILL);
			}
			finally {
				writer.destroyForcibly();
				writer.waitFor(30, TimeUnit.SECONDS);
			}
			try (DefaultCatalog catalog = DefaultCatalog.open(RocksDbStorage.open(this.directory),
					FieldIndexCompiler::compile)) {
				Table table = catalog.table("test", "counted");
				assertThat(table.count()).as("count after kill %d", round).isEqualTo(ids(table.scan(false)).size());
				if (round == 1) {
					catalog.dropTable("test", "counted");
				}
			}
		}
	}

	private long readWrites(BufferedReader output) throws Exception {
		long writes = 0;
		String line;
		while (writes < WRITES_BEFORE_KILL && (line = output.readLine()) != null) {
			if (line.startsWith("writes ")) {
				writes = Long.parseLong(line.substring(7));
			}
		}
		return writes;
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
		return start(CrashWriter.class);
	}

	private Process start(Class<?> main) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName(),
				this.directory.toString())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

}
