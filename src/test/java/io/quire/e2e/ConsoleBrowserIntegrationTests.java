package io.quire.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console in a real headless Chromium against the packaged server jar: sign in,
 * watch the dashboard move with writes, create a table and an index, query in the data
 * explorer (tree and table views), see an error underlined, stop a changefeed, rename an
 * index and drop a table through their dialogs (and find them so in the engine), sign out
 * and be refused. Screenshots of each page go under {@code target/console-screenshots}.
 */
class ConsoleBrowserIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private static final String PASSWORD = "console-secret";

	@TempDir
	Path work;

	@BeforeAll
	static void serverJarBuilt() {
		E2eJars.server();
	}

	@Test
	void consoleShouldRunTheDatabaseFromABrowser() throws Exception {
		// checked in the test, not in @BeforeAll, so that a missing browser reports a
		// skipped test
		ConsoleBrowser.assumeInstalled();
		int httpPort = LocalPorts.free();
		try (ServerJvm server = ServerJvm.start(this.work.resolve("data"), this.work, 0, httpPort,
				"--quire.server.initial-password=" + PASSWORD);
				ConsoleBrowser browser = ConsoleBrowser.start(this.work.resolve("profile"))) {
			int driverPort = server.awaitDriverPort();
			server.http();
			String base = "http://127.0.0.1:" + httpPort + "/";
			try (Connection connection = r.connection()
				.hostname("127.0.0.1")
				.port(driverPort)
				.user("admin", PASSWORD)
				.connect()) {
				signIn(browser, base);
				createTable(browser);
				dashboardMovesWithWrites(browser, connection);
				createIndex(browser);
				renameIndex(browser, connection);
				exploreResults(browser);
				underlineError(browser);
				stopChangefeed(browser, connection);
				otherPages(browser);
				dropTable(browser, connection);
				signOutAndBeRefused(browser, base);
			}
			catch (Exception | AssertionError ex) {
				browser.saveFailureEvidence();
				throw ex;
			}
		}
	}

	private static void signIn(ConsoleBrowser browser, String base) throws Exception {
		browser.open(base);
		browser.find("#sign-in");
		browser.screenshot("sign-in");
		browser.type("#password", "wrong");
		browser.click("#sign-in button[type=submit]");
		assertThat(browser.awaitText("#sign-in-message", "Not signed in")).contains("Wrong user name or password");
		browser.type("#password", PASSWORD);
		browser.click("#sign-in button[type=submit]");
		assertThat(browser.awaitText("#server-name", "quire")).isEqualTo("quire");
		assertThat(browser.find("#whoami").getText()).isEqualTo("Signed in as admin");
	}

	private static void createTable(ConsoleBrowser browser) throws Exception {
		browser.click("a[href='#/tables']");
		browser.type("#new-table", "books");
		browser.type("#primary-key", "isbn");
		browser.click("#create-table button[type=submit]");
		browser.find("tr[data-table='test.books']");
		assertThat(browser.find("tr[data-table='test.books']").getText()).contains("isbn");
		browser.screenshot("tables");
	}

	private static void dashboardMovesWithWrites(ConsoleBrowser browser, Connection connection) throws Exception {
		browser.click("a[href='#/dashboard']");
		assertThat(browser.awaitText("#count-tables", "1")).isEqualTo("1");
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger written = new AtomicInteger();
		AtomicReference<RuntimeException> writeFailure = new AtomicReference<>();
		Thread writer = new Thread(() -> {
			try {
				while ((writing.get() || written.get() < 60) && written.get() < 5000) {
					r.table("books").insert(book(written.get() + 1)).run(connection);
					written.incrementAndGet();
				}
			}
			catch (RuntimeException ex) {
				writeFailure.set(ex);
			}
		});
		writer.start();
		try {
			browser.await((d) -> writeFailure.get() != null || number(attribute(d, "#rates", "data-writes")) > 0);
			browser
				.await((d) -> writeFailure.get() != null || number(d.findElement(By.id("count-docs")).getText()) > 0);
		}
		finally {
			writing.set(false);
			writer.join();
		}
		assertThat(writeFailure.get()).as("the writer's inserts").isNull();
		browser.awaitText("#count-docs", String.valueOf(written.get()));
		browser.await((d) -> number(attribute(d, "#chart", "data-samples")) > 2);
		browser.screenshot("dashboard");
	}

	private static void createIndex(ConsoleBrowser browser) throws Exception {
		browser.click("a[href='#/tables']");
		browser.click("tr[data-table='test.books'] a");
		browser.type("#index-name", "year");
		browser.click("#create-index button[type=submit]");
		assertThat(browser.awaitText("tr[data-index='year'] .state", "ready")).isEqualTo("ready");
		browser.find("#sample table");
		browser.screenshot("table");
	}

	private static void renameIndex(ConsoleBrowser browser, Connection connection) throws Exception {
		browser.click("tr[data-index='year'] button:not(.danger)");
		Alert prompt = browser.awaitDialog();
		assertThat(prompt.getText()).isEqualTo("Rename index year to");
		prompt.sendKeys("published");
		prompt.accept();
		assertThat(browser.awaitText("tr[data-index='published'] .state", "ready")).isEqualTo("ready");
		assertThat(browser.driver().findElements(By.cssSelector("tr[data-index='year']"))).isEmpty();
		assertThat(indexes(connection)).containsExactly("published");
	}

	private static void dropTable(ConsoleBrowser browser, Connection connection) throws Exception {
		browser.click("a[href='#/tables']");
		browser.click("tr[data-table='test.books'] button.danger");
		Alert cancelled = browser.awaitDialog();
		assertThat(cancelled.getText()).isEqualTo("Drop table test.books?");
		cancelled.dismiss();
		assertThat(tables(connection)).contains("books");
		browser.click("tr[data-table='test.books'] button.danger");
		browser.awaitDialog().accept();
		browser.awaitText("#main [role=status]", "Dropped table test.books.");
		browser.await((d) -> d.findElements(By.cssSelector("tr[data-table='test.books']")).isEmpty());
		assertThat(tables(connection)).doesNotContain("books");
	}

	@SuppressWarnings("unchecked")
	private static List<String> indexes(Connection connection) {
		return (List<String>) r.table("books").indexList().run(connection, List.class).single();
	}

	@SuppressWarnings("unchecked")
	private static List<String> tables(Connection connection) {
		return (List<String>) r.db("test").tableList().run(connection, List.class).single();
	}

	private static void exploreResults(ConsoleBrowser browser) throws Exception {
		browser.click("a[href='#/explorer']");
		// years are 1990 + n % 30: the first books after 2015 are 26 to 29, then 56
		browser.type("#query", "r.table('books').filter(r.row('year').gt(2015)).orderBy('title').limit(5)");
		browser.click("#run");
		assertThat(browser.awaitText("#result-meta", "rows")).startsWith("5 rows");
		assertThat(browser.find("[data-view=tree]").getText()).contains("title").contains("Book 0056");
		browser.click("button[data-tab=table]");
		List<String> headers = browser.driver()
			.findElements(By.cssSelector("[data-view=table] th"))
			.stream()
			.map((th) -> th.getText())
			.toList();
		assertThat(headers).contains("isbn", "title", "year");
		assertThat(browser.driver().findElements(By.cssSelector("[data-view=table] tbody tr"))).hasSize(5);
		assertThat(browser.find("[data-view=table] tbody tr").getText()).contains("Book 0026");
		browser.screenshot("explorer");
	}

	private static void underlineError(ConsoleBrowser browser) throws Exception {
		// keyboard only: Ctrl+Enter in the editor runs the query
		browser.type("#query", "r.table('books').map(r.row('title').add(1))");
		browser.find("#query").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		assertThat(browser.find(".error").getText()).contains("Expected type STRING but found NUMBER.");
		assertThat(browser.find(".error u[data-failing]").getText()).isEqualTo("r.row('title').add(1)");
		assertThat(browser.find(".error .carets").getText().trim()).isEqualTo("^".repeat(21));
		browser.screenshot("explorer-error");
	}

	private static void stopChangefeed(ConsoleBrowser browser, Connection connection) throws Exception {
		browser.type("#query", "r.table('books').changes()");
		browser.click("#run");
		browser.awaitText("#feed-state", "Changefeed open");
		r.table("books").insert(book(5000)).run(connection);
		browser.awaitText("#result-meta", "1 changes so far");
		assertThat(browser.find("[data-view=tree]").getText()).contains("new_val");
		browser.click("#stop-feed");
		browser.awaitText("#feed-state", "Changefeed stopped");
		browser.await((d) -> !consoleJobRunning(connection));
		browser.screenshot("explorer-changefeed");
	}

	private static void otherPages(ConsoleBrowser browser) throws Exception {
		browser.click("a[href='#/users']");
		browser.awaitText("#user-list", "admin");
		browser.type("#new-user", "reader");
		browser.type("#new-password", "reader-secret");
		browser.click("#create-user button[type=submit]");
		browser.awaitText("#user-list", "reader");
		browser.type("#grant-user", "reader");
		browser.type("#grant-scope", "test");
		new Select(browser.find("#grant-read")).selectByValue("true");
		browser.click("#grant button[type=submit]");
		browser.awaitText("#grant-list", "reader");
		browser.screenshot("users");
		browser.click("a[href='#/logs']");
		browser.awaitText("#log-list", "entries");
		browser.screenshot("logs");
		browser.driver().manage().window().setSize(new Dimension(820, 1180));
		browser.click("a[href='#/tables']");
		browser.find("tr[data-table='test.books']");
		browser.screenshot("tables-tablet");
		browser.driver().manage().window().setSize(new Dimension(1280, 900));
	}

	private static void signOutAndBeRefused(ConsoleBrowser browser, String base) throws Exception {
		browser.click("#sign-out");
		browser.find("#sign-in");
		assertThat(browser.fetchStatus("/console/api/overview")).isEqualTo(401);
		browser.open(base + "#/dashboard");
		browser.find("#sign-in");
		assertThat(browser.driver().findElements(By.id("server-name"))).isEmpty();
	}

	private static boolean consoleJobRunning(Connection connection) {
		Object jobs = r.db("rethinkdb").table("jobs").coerceTo("array").toJsonString().run(connection).single();
		return String.valueOf(jobs).contains("console ");
	}

	private static String attribute(org.openqa.selenium.WebDriver driver, String css, String name) {
		return driver.findElement(By.cssSelector(css)).getDomAttribute(name);
	}

	/** A number the page shows, or -1 while it still shows a placeholder such as "…". */
	private static double number(String text) {
		try {
			return (text != null) ? Double.parseDouble(text.trim()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static Map<String, Object> book(int n) {
		return Map.of("isbn", String.format("isbn-%04d", n), "title", String.format("Book %04d", n), "year",
				1990 + (n % 30));
	}

}
