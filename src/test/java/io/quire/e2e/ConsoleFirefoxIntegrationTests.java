package io.quire.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.net.Connection;
import io.quire.e2e.NodeScripts.Finished;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web console in a real headless Firefox (Debian's {@code firefox-esr}, driven over
 * WebDriver BiDi by puppeteer-core from npm) against the packaged server jar: the same
 * pages work there as in Chromium ({@link ConsoleBrowserIntegrationTests} walks through
 * every feature; this walk covers each page once). The script
 * {@code src/test/resources/js/console-firefox.js} prints one JSON line per step. Skipped
 * without Firefox, node, npm or the npm registry. Screenshots go under
 * {@code target/console-screenshots/firefox-*.png}.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class ConsoleFirefoxIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private static final Path FIREFOX = Path.of(System.getProperty("quire.firefox", "/usr/bin/firefox-esr"));

	private static final String PASSWORD = "firefox-secret";

	private static final Duration WALK_TIMEOUT = Duration.ofMinutes(4);

	@TempDir
	Path work;

	@Test
	void consolePagesShouldWorkInFirefox() throws Exception {
		assumeTrue(Files.isExecutable(FIREFOX),
				"No Firefox: install Debian's firefox-esr (" + FIREFOX + ") to run the console's Firefox test");
		E2eJars.server();
		Path script = NodeScripts.script("console-firefox.js");
		NodeScripts node = NodeScripts.withPackageIn(NodeScripts.buildDirectory().resolve("js-puppeteer"),
				NodeScripts.PUPPETEER_PACKAGE);
		Path screenshots = Files.createDirectories(ConsoleBrowser.SCREENSHOTS.toAbsolutePath());
		int httpPort = LocalPorts.free();
		Finished walk;
		try (ServerJvm server = ServerJvm.start(this.work.resolve("data"), this.work, 0, httpPort,
				"--quire.server.initial-password=" + PASSWORD)) {
			int driverPort = server.awaitDriverPort();
			server.http();
			addBooks(driverPort);
			walk = node.run(script, this.work, WALK_TIMEOUT, "http://127.0.0.1:" + httpPort + "/", PASSWORD,
					FIREFOX.toString(), screenshots.toString());
		}
		ScriptChecks steps = ScriptChecks.parse(walk.stdout(), walk.output());
		assertThat(steps.object("signIn")).containsEntry("whoami", "Signed in as admin");
		assertThat((String) steps.object("signIn").get("refused")).contains("Wrong user name or password");
		assertThat(steps.object("dashboard")).containsEntry("server", "quire")
			.containsEntry("tables", "1")
			.containsEntry("documents", "30");
		assertThat((String) steps.value("tablesAtTabletWidth")).contains("isbn");
		Map<String, Object> explorer = steps.object("explorer");
		assertThat((String) explorer.get("meta")).startsWith("3 rows");
		assertThat(explorer).containsEntry("treeHasTitle", true).containsEntry("rows", 3);
		assertThat(explorer.get("headers")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.contains("isbn", "title", "year");
		assertThat((String) explorer.get("firstRow")).contains("Book 0026");
		assertThat((String) steps.object("errorUnderlined").get("message"))
			.contains("Expected type STRING but found NUMBER.");
		assertThat(steps.object("errorUnderlined")).containsEntry("underlined", "r.row('title').add(1)");
		assertThat(steps.object("signOut")).containsEntry("apiStatus", 401).containsEntry("dashboardShown", false);
		assertThat(walk.exitCode()).as(walk.output()).isZero();
	}

	/** Thirty books, years 1990 + n % 30: those after 2015 by title are 26, 27, 28... */
	private static void addBooks(int driverPort) {
		try (Connection connection = r.connection()
			.hostname("127.0.0.1")
			.port(driverPort)
			.user("admin", PASSWORD)
			.connect()) {
			r.tableCreate("books").optArg("primary_key", "isbn").run(connection);
			for (int n = 1; n <= 30; n++) {
				r.table("books")
					.insert(Map.of("isbn", String.format("isbn-%04d", n), "title", String.format("Book %04d", n),
							"year", 1990 + (n % 30)))
					.run(connection);
			}
		}
	}

}
