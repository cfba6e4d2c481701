package io.quire.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quire.tools.testing.Args;
import io.quire.tools.testing.TestServer;
import io.quire.tools.testing.ToolRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

class BadInputIntegrationTests {

	@TempDir
	Path directory;

	private TestServer server;

	@BeforeEach
	void startServer() {
		this.server = TestServer.inMemory();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void malformedJsonLineStopsWithFileLineReasonAndRowsWritten() throws Exception {
		Path file = lines("bad.json", "{\"id\": 1}", "{\"id\": 2}", "{\"id\": 3,, }", "{\"id\": 4}");
		ToolRun run = ToolRun.of(Args.of("import", this.server, "-f", file.toString(), "--table", "d.t", "--batch-size",
				"1", "--clients", "1"));
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err().lines()).singleElement()
			.asString()
			.startsWith("Error: bad.json:3: malformed JSON")
			.endsWith("(2 rows written to d.t)");
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void ignoreErrorsSkipsAndCountsMalformedRows() throws Exception {
		Path file = lines("bad.json", "{\"id\": 1}", "not json", "[1, 2]", "{\"id\": 4}");
		ToolRun run = ToolRun
			.of(Args.of("import", this.server, "-f", file.toString(), "--table", "d.t", "--ignore-errors"));
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains("Skipped bad.json:2: malformed JSON",
				"Skipped bad.json:3: expected a JSON object", "2 rows skipped");
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void malformedJsonArrayStopsAtItsLine() throws Exception {
		Path file = lines("bad.json", "[", "{\"id\": 1},", "{\"id\": 2}", "{\"id\": 3}", "]");
		ToolRun run = ToolRun.of(Args.of("import", this.server, "-f", file.toString(), "--table", "d.t"));
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).startsWith("Error: bad.json:4: malformed JSON");
	}

	@Test
	void csvRowWithTheWrongFieldCountIsReported() throws Exception {
		Path file = lines("bad.csv", "id,name", "1,a", "2,b,extra", "3,c");
		ToolRun run = ToolRun.of(Args.of("import", this.server, "-f", file.toString(), "--table", "d.t"));
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).startsWith("Error: bad.csv:3: expected 2 fields (as in the header) but found 3");
		ToolRun skipped = ToolRun
			.of(Args.of("import", this.server, "-f", file.toString(), "--table", "d.t", "--force", "--ignore-errors"));
		assertThat(skipped.status()).as(skipped.err()).isZero();
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void documentTheServerRefusesIsReportedWithItsLine() throws Exception {
		Path file = lines("refused.json", "{\"id\": 1}", "{\"id\": 2}", "{\"id\": {\"not\": \"a key\"}}",
				"{\"id\": 4}");
		ToolRun run = ToolRun.of(Args.of("import", this.server, "-f", file.toString(), "--table", "d.t"));
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).startsWith("Error: refused.json:3: the server refused the document: ");
		ToolRun skipped = ToolRun
			.of(Args.of("import", this.server, "-f", file.toString(), "--table", "d.t", "--force", "--ignore-errors"));
		assertThat(skipped.status()).as(skipped.err()).isZero();
		assertThat(skipped.out()).contains("Skipped refused.json:3: the server refused the document");
		assertThat(count()).isEqualTo(3);
	}

	@Test
	void wrongPasswordIsOneLineAndNonZero() throws Exception {
		Path file = lines("ok.json", "{\"id\": 1}");
		ToolRun run = ToolRun.of("import", "-c", this.server.address(), "--password", "wrong", "-f", file.toString(),
				"--table", "d.t");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err().lines()).singleElement().asString().startsWith("Error: authentication failed");
	}

	@Test
	void unreachableHostIsOneLineAndNonZero() {
		ToolRun run = ToolRun.of("dump", "-c", "127.0.0.1:1", "-f", this.directory.resolve("x.tar.gz").toString());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err().lines()).singleElement().asString().startsWith("Error: could not connect");
	}

	@Test
	void fileThatIsNotADumpIsOneLineAndNonZero() throws Exception {
		Path text = lines("notes.tar.gz", "just some text");
		ToolRun run = ToolRun.of(Args.of("restore", this.server, text.toString()));
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err().lines()).singleElement()
			.asString()
			.isEqualTo("Error: " + text + " is not a dump archive: it is not gzip-compressed");
		ToolRun missing = ToolRun.of(Args.of("restore", this.server, this.directory.resolve("none.tar.gz").toString()));
		assertThat(missing.err()).startsWith("Error: Archive file does not exist");
	}

	@Test
	void badOptionsAreRefusedWithUsage() {
		ToolRun run = ToolRun.of("export", "--format", "csv", "-c", this.server.address());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).startsWith("Error: CSV files require the '--fields' option to be specified.");
		ToolRun unknown = ToolRun.of("dump", "--no-such-option");
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err()).contains("Unknown option: '--no-such-option'", "Usage: quire dump");
	}

	@Test
	void documentThatFailsItsWholeBatchIsReportedWithItsLineAndTheServerMessageOnly() throws Exception {
		String huge = "{\"id\": 2, \"values\": [" + "0,".repeat(100_000) + "0]}";
		Path file = lines("huge.json", "{\"id\": 1}", huge, "{\"id\": 3}");
		ToolRun run = ToolRun.of(Args.of("import", this.server, "-f", file.toString(), "--table", "d.t"));
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err().strip()).isEqualTo(
				"Error: huge.json:2: the server refused the document: Array over size limit `100000`.  To raise the number "
						+ "of allowed elements, modify the `array_limit` option to `.run` (not available in the Data "
						+ "Explorer), or use an index. (1 rows written to d.t)");
		ToolRun skipped = ToolRun
			.of(Args.of("import", this.server, "-f", file.toString(), "--table", "d.t", "--force", "--ignore-errors"));
		assertThat(skipped.status()).as(skipped.err()).isZero();
		assertThat(count()).isEqualTo(2);
	}

	private Path lines(String name, String... lines) throws Exception {
		return Files.writeString(this.directory.resolve(name), String.join("\n", lines) + "\n");
	}

	private long count() {
		return r.db("d").table("t").count().runAtom(this.server.connection(), Long.class);
	}

}
