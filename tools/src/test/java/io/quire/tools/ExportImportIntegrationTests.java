package io.quire.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quire.tools.testing.Args;
import io.quire.tools.testing.SampleData;
import io.quire.tools.testing.TestServer;
import io.quire.tools.testing.ToolRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

class ExportImportIntegrationTests {

	private static final String FIELDS = "id,name,email,age,score,tags,address,born,photo,nothing,flag";

	@TempDir
	Path directory;

	private TestServer source;

	private TestServer target;

	@BeforeEach
	void startServers() {
		this.source = TestServer.inMemory();
		this.target = TestServer.inMemory();
		SampleData.create(this.source.connection());
	}

	@AfterEach
	void stopServers() {
		this.source.close();
		this.target.close();
	}

	@Test
	void jsonExportThenImportKeepsEveryDocument() {
		Path file = export("json", "app.people").resolve("app/people.json");
		assertThat(file).content().startsWith("[\n{").endsWith("\n]\n");
		assertImported(ToolRun.of(Args.of("import", this.target, "-f", file.toString(), "--table", "copy.people")));
	}

	@Test
	void ndjsonExportThenImportKeepsEveryDocument() throws Exception {
		Path file = export("ndjson", "app.people").resolve("app/people.ndjson");
		assertThat(Files.readAllLines(file)).hasSize(SampleData.PEOPLE).allMatch((line) -> line.startsWith("{"));
		assertImported(ToolRun.of(Args.of("import", this.target, "-f", file.toString(), "--format", "json", "--table",
				"copy.people", "--clients", "3", "--batch-size", "16")));
	}

	@Test
	void csvExportThenImportKeepsEveryDocument() {
		Path file = export("csv", "app.people", "--fields", FIELDS).resolve("app/people.csv");
		assertThat(file).content().startsWith(FIELDS + "\n");
		ToolRun run = ToolRun.of(Args.of("import", this.target, "-f", file.toString(), "--table", "copy.people"));
		assertImported(run);
	}

	@Test
	void csvImportReadsOtherDelimitersAndCustomHeaders() throws Exception {
		Path file = this.directory.resolve("cities.tsv");
		Files.writeString(file, "c-1\tZürich\t402000\nc-2\t\"Saint-Étienne\"\t171000\n");
		ToolRun run = ToolRun
			.of(Args.of("import", this.target, "-f", file.toString(), "--format", "csv", "--table", "geo.cities",
					"--delimiter", "\\t", "--no-header", "--custom-header", "code,name,people", "--pkey", "code"));
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(r.db("geo").table("cities").get("c-2").runAtom(this.target.connection(), Map.class))
			.isEqualTo(Map.of("code", "c-2", "name", "Saint-Étienne", "people", 171000L));
		assertThat(r.db("geo").table("cities").info().g("primary_key").runAtom(this.target.connection(), String.class))
			.isEqualTo("code");
	}

	@Test
	void importIntoAnExistingTableNeedsForce() throws Exception {
		Path file = this.directory.resolve("one.json");
		Files.writeString(file, "{\"id\": 1, \"v\": \"new\"}\n");
		r.dbCreate("d").runAtom(this.target.connection(), Map.class);
		r.db("d").tableCreate("t").runAtom(this.target.connection(), Map.class);
		r.db("d").table("t").insert(r.expr(Map.of("id", 1, "v", "old"))).runAtom(this.target.connection(), Map.class);
		ToolRun refused = ToolRun.of(Args.of("import", this.target, "-f", file.toString(), "--table", "d.t"));
		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.err()).contains("d.t already exists");
		ToolRun forced = ToolRun.of(Args.of("import", this.target, "-f", file.toString(), "--table", "d.t", "--force"));
		assertThat(forced.status()).as(forced.err()).isZero();
		assertThat(r.db("d").table("t").get(1).g("v").runAtom(this.target.connection(), String.class)).isEqualTo("new");
	}

	@Test
	void exportedDirectoryImportsWithItsIndexes() {
		Path exported = export("json", "app");
		ToolRun run = ToolRun.of(Args.of("import", this.target, "-d", exported.toString()));
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(SampleData.people().indexList().runAtom(this.target.connection(), java.util.List.class))
			.containsExactly("double_age", "email", "name_city", "tags");
		assertThat(r.db("app").table("orders").count().runAtom(this.target.connection(), Long.class)).isEqualTo(30);
	}

	@Test
	void uriAndPasswordFileConnectLikeTheOtherOptions() throws Exception {
		Path passwordFile = Files.writeString(this.directory.resolve("pw.txt"), TestServer.PASSWORD + "\n");
		Path out = this.directory.resolve("by-uri");
		ToolRun export = ToolRun.of("export", "--uri",
				"rethinkdb://admin:" + TestServer.PASSWORD + "@" + this.source.address() + "/app", "-e", "app.orders",
				"-d", out.toString(), "-q");
		assertThat(export.status()).as(export.err()).isZero();
		ToolRun run = ToolRun.of("import", "-c", this.target.address(), "--password-file", passwordFile.toString(),
				"-d", out.toString(), "-q");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(r.db("app").table("orders").count().runAtom(this.target.connection(), Long.class)).isEqualTo(30);
	}

	private Path export(String format, String table, String... more) {
		Path out = this.directory.resolve("export-" + format);
		String[] args = Args.of("export", this.source, "-d", out.toString(), "--format", format, "-e", table);
		String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
			.toArray(String[]::new);
		ToolRun run = ToolRun.of(all);
		assertThat(run.status()).as(run.err()).isZero();
		return out;
	}

	private void assertImported(ToolRun run) {
		assertThat(assertImportedCount(run))
			.isEqualTo(SampleData.documents(this.source.connection(), SampleData.people(), "id"));
	}

	private Map<String, JsonNode> assertImportedCount(ToolRun run) {
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains(SampleData.PEOPLE + " rows");
		return SampleData.documents(this.target.connection(), r.db("copy").table("people"), "id");
	}

}
