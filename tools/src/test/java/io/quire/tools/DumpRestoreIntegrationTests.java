package io.quire.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quire.engine.function.IndexFunctionBlob;
import io.quire.engine.function.WriteHookBlob;
import io.quire.tools.data.FunctionBlobs;
import io.quire.tools.testing.Args;
import io.quire.tools.testing.GeoQueries;
import io.quire.tools.testing.SampleData;
import io.quire.tools.testing.TestServer;
import io.quire.tools.testing.ToolRun;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

class DumpRestoreIntegrationTests {

	private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
	};

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
	void dumpThenRestoreKeepsDocumentsKeysIndexesAndHooks() {
		Path archive = dump();
		ToolRun restore = ToolRun.of(Args.of("restore", this.target, archive.toString()));
		assertThat(restore.status()).as(restore.err()).isZero();
		assertThat(restore.out()).contains("2 tables", "280 rows");
		assertThat(SampleData.documents(this.target.connection(), SampleData.people(), "id"))
			.isEqualTo(SampleData.documents(this.source.connection(), SampleData.people(), "id"));
		assertThat(SampleData.documents(this.target.connection(), r.db("app").table("orders"), "order_id")).hasSize(30)
			.isEqualTo(SampleData.documents(this.source.connection(), r.db("app").table("orders"), "order_id"));
		assertThat(r.db("app").table("orders").info().g("primary_key").runAtom(this.target.connection(), String.class))
			.isEqualTo("order_id");
		assertIndexesAnswerAlike();
		assertWriteHookRestored();
	}

	@Test
	void restoreIntoExistingTablesStopsBeforeWritingUnlessForced() {
		Path archive = dump();
		r.dbCreate("app").runAtom(this.target.connection(), Map.class);
		r.db("app")
			.tableCreate("orders")
			.optArg("primary_key", "order_id")
			.runAtom(this.target.connection(), Map.class);
		ToolRun refused = ToolRun.of(Args.of("restore", this.target, archive.toString()));
		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.err().strip()).isEqualTo(
				"Error: table app.orders already exists; nothing was written (use --force to import into existing tables)");
		assertThat(r.db("app").tableList().runAtom(this.target.connection(), List.class)).containsExactly("orders");
		ToolRun forced = ToolRun.of(Args.of("restore", this.target, archive.toString(), "--force"));
		assertThat(forced.status()).as(forced.err()).isZero();
		assertThat(r.db("app").table("people").count().runAtom(this.target.connection(), Long.class))
			.isEqualTo(SampleData.PEOPLE);
	}

	@Test
	void dumpAndRestoreSelectTablesAndCanSkipIndexes() {
		Path archive = this.directory.resolve("people.tar.gz");
		ToolRun dump = ToolRun.of(Args.of("dump", this.source, "-e", "app.people", "-f", archive.toString()));
		assertThat(dump.status()).as(dump.err()).isZero();
		ToolRun restore = ToolRun.of(Args.of("restore", this.target, archive.toString(), "-i", "app.people",
				"--no-secondary-indexes", "--clients", "2", "--batch-size", "7"));
		assertThat(restore.status()).as(restore.err()).isZero();
		assertThat(r.db("app").tableList().runAtom(this.target.connection(), List.class)).containsExactly("people");
		assertThat(SampleData.people().indexList().runAtom(this.target.connection(), List.class)).isEmpty();
		assertThat(SampleData.people().count().runAtom(this.target.connection(), Long.class))
			.isEqualTo(SampleData.PEOPLE);
	}

	private Path dump() {
		Path archive = this.directory.resolve("backup.tar.gz");
		ToolRun dump = ToolRun.of(Args.of("dump", this.source, "-f", archive.toString(), "--temp-dir",
				this.directory.resolve("tmp").toString()));
		assertThat(dump.status()).as(dump.err()).isZero();
		assertThat(dump.out()).contains("Done", "2 tables", "280 rows");
		return archive;
	}

	private void assertIndexesAnswerAlike() {
		assertThat(SampleData.people().indexList().runAtom(this.target.connection(), List.class))
			.containsExactly("double_age", "email", "name_city", "tags");
		List<Map<String, Object>> statuses = SampleData.people().indexStatus().runAtom(this.target.connection(), ROWS);
		assertThat(statuses).filteredOn((s) -> s.get("index").equals("tags"))
			.allMatch((s) -> s.get("multi").equals(true));
		List<io.quire.driver.query.ReqlExpr> queries = List.of(SampleData.people().getAll("t3").optArg("index", "tags"),
				SampleData.people().getAll(60).optArg("index", "double_age"),
				SampleData.people().getAll("p7@example.com").optArg("index", "email"),
				SampleData.people().getAll(r.array("person 7", "Ville-7")).optArg("index", "name_city"),
				GeoQueries.intersecting(r.db("app").table("orders"), "depot", 1, 46));
		for (io.quire.driver.query.ReqlExpr query : queries) {
			long expected = count(this.source, query);
			assertThat(expected).isPositive();
			assertThat(count(this.target, query)).isEqualTo(expected);
		}
	}

	@Test
	void dumpInfoHoldsTheFunctionBytesRethinkDb24Writes() throws Exception {
		Path archive = dump();
		Map<String, Object> info = infoOf(archive, "app/people.info");
		for (Object row : (List<?>) info.get("indexes")) {
			Map<?, ?> status = (Map<?, ?>) row;
			IndexFunctionBlob function = IndexFunctionBlob.of(FunctionBlobs.bytes(status.get("function")));
			assertThat(function.multi()).as("%s", status.get("index")).isEqualTo(status.get("multi"));
			assertThat(io.quire.protocol.json.ReqlJson.writeString(function.function())).startsWith("[69,[[2,[");
		}
		Map<?, ?> hook = (Map<?, ?>) info.get("write_hook");
		assertThat(WriteHookBlob.function(FunctionBlobs.bytes(hook.get("function")))).hasSize(2);
		Map<?, ?> depot = (Map<?, ?>) ((List<?>) infoOf(archive, "app/orders.info").get("indexes")).get(0);
		assertThat(IndexFunctionBlob.of(FunctionBlobs.bytes(depot.get("function"))).geo()).isTrue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> infoOf(Path archive, String name) throws Exception {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new GzipCompressorInputStream(java.nio.file.Files.newInputStream(archive)))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				if (entry.getName().endsWith("/" + name)) {
					return tools.jackson.databind.json.JsonMapper.builder()
						.build()
						.readValue(tar.readAllBytes(), Map.class);
				}
			}
		}
		throw new AssertionError(name + " is not in the dump");
	}

	private static long count(TestServer server, io.quire.driver.query.ReqlExpr query) {
		return query.count().runAtom(server.connection(), Long.class);
	}

	private void assertWriteHookRestored() {
		SampleData.people().insert(r.expr(Map.of("id", 9999))).runAtom(this.target.connection(), Map.class);
		assertThat(SampleData.people().get(9999).g("hooked").runAtom(this.target.connection(), Boolean.class)).isTrue();
	}

}
