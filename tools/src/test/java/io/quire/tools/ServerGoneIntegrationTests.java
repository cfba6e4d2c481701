package io.quire.tools;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.QuireException;
import io.quire.tools.testing.Args;
import io.quire.tools.testing.TestServer;
import io.quire.tools.testing.ToolRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

class ServerGoneIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void importWhoseServerGoesAwaySaysHowManyRowsWereWritten() throws Exception {
		Path file = this.directory.resolve("many.json");
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			for (int i = 0; i < 200_000; i++) {
				out.write("{\"id\": " + i + ", \"v\": \"" + "x".repeat(20) + "\"}\n");
			}
		}
		try (TestServer server = TestServer.inMemory()) {
			String[] args = Args.of("import", server, "-f", file.toString(), "--table", "d.t", "--batch-size", "10",
					"--clients", "1");
			CompletableFuture<ToolRun> run = CompletableFuture.supplyAsync(() -> ToolRun.of(args));
			awaitRows(server);
			server.close();
			ToolRun result = run.get(2, TimeUnit.MINUTES);
			assertThat(result.status()).isEqualTo(1);
			// a closing server either answers the batch in flight with its shutdown error
			// or drops the connection first; either way the run says what it wrote
			assertThat(result.err().lines()).singleElement()
				.asString()
				.matches("Error: (lost the connection to the server: |The server is shutting down\\.).*")
				.matches(".* \\([0-9]+ rows written to d\\.t\\)");
		}
	}

	private static void awaitRows(TestServer server) throws InterruptedException {
		try (Connection connection = ConnectionFactory.create(server.options()).connect()) {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (System.nanoTime() < deadline) {
				try {
					if (r.db("d").table("t").count().runAtom(connection, Long.class) > 0) {
						return;
					}
				}
				catch (QuireException ex) {
					// the table is not there yet
				}
				Thread.sleep(20);
			}
		}
		throw new AssertionError("the import wrote nothing within two minutes");
	}

}
