package io.quire.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quire.e2e.NodeScripts.Finished;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official RethinkDB JavaScript driver ({@code rethinkdb} 2.4.2 from npm) against the
 * packaged server jar. Node.js scripts in {@code src/test/resources/js} run the queries
 * and print one JSON line per check; these tests assert on those lines. Skipped without
 * node, npm or the npm registry.
 */
@TestInstance(Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class JavaScriptDriverIntegrationTests {

	private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(2);

	private static final String PASSWORD = "s3cret pass";

	@TempDir
	static Path work;

	private NodeScripts node;

	private Finished queriesRun;

	private ScriptChecks queries;

	private @Nullable TestAbortedException skipped;

	@BeforeAll
	@Timeout(value = 8, unit = TimeUnit.MINUTES)
	void runQueriesScriptAgainstAFreshServer() throws Exception {
		this.skipped = installDriver();
		if (this.skipped != null) {
			return;
		}
		try (ServerJvm server = ServerJvm.start(work.resolve("data"), work, 0, 0)) {
			String port = String.valueOf(server.awaitDriverPort());
			this.queriesRun = this.node.run(NodeScripts.script("queries.js"), work, SCRIPT_TIMEOUT, port);
		}
		this.queries = ScriptChecks.parse(this.queriesRun.stdout(), this.queriesRun.output());
	}

	private @Nullable TestAbortedException installDriver() throws Exception {
		try {
			E2eJars.server();
			this.node = NodeScripts.withDriverIn(NodeScripts.buildDirectory().resolve("js-driver"));
			return null;
		}
		catch (TestAbortedException ex) {
			return ex;
		}
	}

	/**
	 * Reports every test as skipped, with the reason, when there is no jar, node, npm or
	 * registry.
	 */
	@BeforeEach
	void skipWhenTheDriverCouldNotRun() {
		if (this.skipped != null) {
			throw this.skipped;
		}
	}

	@Test
	void queriesScriptShouldRunEveryCheckAndExitNormally() {
		assertThat(this.queriesRun.exitCode()).as(this.queriesRun.output()).isZero();
	}

	@Test
	void adminShouldConnectWithTheEmptyPassword() {
		assertThat(this.queries.value("connect")).isEqualTo(Map.of("open", true, "dbs", List.of("rethinkdb", "test")));
	}

	@Test
	void databaseTableAndIndexesShouldBeCreatedAndReady() {
		assertThat(this.queries.value("dbCreate")).isEqualTo(1);
		assertThat(this.queries.value("tableCreate")).isEqualTo(1);
		assertThat(this.queries.value("indexCreate")).isEqualTo(2);
		assertThat(this.queries.value("indexWait"))
			.isEqualTo(List.of(Map.of("index", "author", "ready", true), Map.of("index", "pages", "ready", true)));
	}

	@Test
	void insertShouldReturnOneGeneratedUuidPerDocument() {
		assertThat(this.queries.value("insertGeneratedKeys"))
			.isEqualTo(Map.of("inserted", 6, "errors", 0, "keys", 6, "distinctKeys", 6, "uuids", true));
	}

	@Test
	void getShouldFindADocumentByGeneratedKeyAndNullForAMissingKey() {
		assertThat(this.queries.value("get")).isEqualTo(Map.of("id", true, "title", "Ulysses", "pages", 730));
		assertThat(this.queries.value("getMissing")).isNull();
	}

	@Test
	void filterShouldAcceptRowExpressionsAndFunctions() {
		assertThat(this.queries.value("filterRow"))
			.isEqualTo(List.of("Finnegans Wake", "The Trial", "To the Lighthouse", "Ulysses"));
		assertThat(this.queries.value("filterFunction")).isEqualTo(List.of("Mrs Dalloway"));
	}

	@Test
	void secondaryIndexesShouldOrderBoundAndLookUpDocuments() {
		assertThat(this.queries.value("orderByIndexDesc")).isEqualTo(
				List.of("Ulysses", "Finnegans Wake", "The Trial", "To the Lighthouse", "Mrs Dalloway", "Dubliners"));
		assertThat(this.queries.value("between")).isEqualTo(List.of("Mrs Dalloway", "To the Lighthouse"));
		assertThat(this.queries.array("getAllSecondary")).containsExactlyInAnyOrder("Mrs Dalloway", "To the Lighthouse",
				"The Trial");
	}

	@Test
	void groupedDataShouldReachTheDriverAsGroupsWithReductions() {
		assertThat(this.queries.value("groupCount"))
			.isEqualTo(List.of(group("Joyce", 3), group("Kafka", 1), group("Woolf", 2)));
	}

	@Test
	void mapAndReduceShouldSumThePagesOfEveryBook() {
		assertThat(this.queries.value("mapReduce")).isEqualTo(152 + 730 + 628 + 194 + 209 + 255);
	}

	@Test
	void updateReplaceAndDeleteShouldReportWhatTheyChanged() {
		assertThat(this.queries.value("update")).isEqualTo(summary(3, 0, 0));
		assertThat(this.queries.value("updateAgain")).isEqualTo(summary(0, 3, 0));
		assertThat(this.queries.value("replace"))
			.isEqualTo(Map.of("summary", summary(1, 0, 0), "fields", List.of("author", "id", "title")));
		assertThat(this.queries.value("delete")).isEqualTo(Map.of("summary", summary(0, 0, 1), "count", 5));
	}

	@Test
	void cursorShouldFetchAHundredRowsInBatchesOfTen() {
		Map<String, Object> batches = this.queries.object("cursorBatches");
		assertThat(batches).containsEntry("inserted", 100)
			.containsEntry("firstBatch", 10)
			.containsEntry("rows", 100)
			.containsEntry("ids", true)
			.containsEntry("squares", true);
		assertThat((Integer) batches.get("continues")).isGreaterThanOrEqualTo(9);
	}

	@Test
	void timesShouldRoundTripAsJavaScriptDates() {
		Map<String, Object> now = this.queries.object("now");
		assertThat(now.get("isDate")).isEqualTo(true);
		assertThat((Integer) now.get("skewMillis")).as("server clock against the script's").isLessThan(60_000);
		assertThat(this.queries.value("timeRoundTrip")).isEqualTo(Map.of("isDate", true, "sameInstant", true,
				"storedIsDate", true, "iso", "2021-07-04T12:30:15.250+00:00", "year", 2021));
	}

	@Test
	void binaryShouldRoundTripAsNodeBuffers() {
		assertThat(this.queries.value("binaryRoundTrip")).isEqualTo(Map.of("isBuffer", true, "bytes",
				List.of(0, 1, 2, 127, 128, 254, 255), "directEqual", true, "serverCount", 7));
	}

	@Test
	void changefeedShouldReceiveAnUpdateMadeOnASecondConnection() {
		assertThat(this.queries.value("changefeed"))
			.isEqualTo(Map.of("title", "Ulysses", "oldPages", 730, "newPages", 731));
	}

	@Test
	void missingTableShouldFailWithOpFailedError() {
		assertThat(this.queries.error("missingTable"))
			.isEqualTo(Map.of("name", "ReqlOpFailedError", "msg", "Table `test.missing` does not exist."));
	}

	@Test
	void malformedPseudoTypesShouldFailAsQueriesWithoutCrashingTheDriver() {
		assertThat(this.queries.error("binaryWithoutData"))
			.isEqualTo(logicError("Invalid binary pseudotype: lacking `data` key."));
		assertThat(this.queries.error("insertBinaryWithoutData"))
			.isEqualTo(logicError("Invalid binary pseudotype: lacking `data` key."));
		assertThat(this.queries.error("timeWithoutEpochTime")).isEqualTo(logicError(
				"Invalid time object constructed (no field `epoch_time`):\n{\"$reql_type$\":\"TIME\",\"timezone\":\"+00:00\"}"));
		assertThat(this.queries.error("unknownPseudoType")).isEqualTo(logicError("Unknown $reql_type$ `PTYPE<FOO>`."));
		Map<String, Object> after = this.queries.object("afterMalformedPseudoTypes");
		assertThat(after).containsEntry("badStored", null).containsEntry("sum", 2);
	}

	@Test
	void adminShouldAuthenticateWithTheInitialPasswordOnly() throws Exception {
		Path directory = Files.createDirectories(work.resolve("with-password"));
		try (ServerJvm server = ServerJvm.start(directory.resolve("data"), directory, 0, 0,
				"--quire.server.initial-password=" + PASSWORD)) {
			String port = String.valueOf(server.awaitDriverPort());
			Finished run = this.node.run(NodeScripts.script("authentication.js"), directory, SCRIPT_TIMEOUT, port,
					PASSWORD);
			assertThat(run.exitCode()).as(run.output()).isZero();
			assertAuthentication(ScriptChecks.parse(run.stdout(), run.output()));
		}
	}

	private static void assertAuthentication(ScriptChecks checks) {
		assertThat(checks.value("rightPassword")).isEqualTo(List.of("rethinkdb", "test"));
		assertThat(checks.error("wrongPassword")).isEqualTo(authError("Wrong password"));
		assertThat(checks.error("emptyPassword")).isEqualTo(authError("Wrong password"));
		assertThat(checks.error("unknownUser")).isEqualTo(authError("Unknown user"));
		assertThat(checks.object("grantRead")).containsEntry("granted", 1);
		assertThat(checks.value("readerCount")).isEqualTo(1);
		assertThat(checks.error("readerInsert")).isEqualTo(Map.of("name", "ReqlPermissionError", "msg",
				"User `js_reader` does not have the required `write` permission."));
		assertThat(checks.error("readerWrongPassword")).isEqualTo(authError("Wrong password"));
	}

	private static Map<String, Object> group(String author, int count) {
		return Map.of("group", author, "reduction", count);
	}

	private static Map<String, Object> summary(int replaced, int unchanged, int deleted) {
		return Map.of("replaced", replaced, "unchanged", unchanged, "deleted", deleted, "inserted", 0, "skipped", 0,
				"errors", 0);
	}

	private static Map<String, Object> logicError(String message) {
		return Map.of("name", "ReqlQueryLogicError", "msg", message);
	}

	private static Map<String, Object> authError(String message) {
		return Map.of("name", "ReqlAuthError", "msg", message);
	}

}
