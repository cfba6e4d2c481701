package io.quire.server.console;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.quire.engine.QuireServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console API of the whole server application over real HTTP: what a session is
 * needed for, what the CSRF token guards, that queries run with the signed-in user's
 * permissions, and paging and stopping of cursors.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "quire.server.driver-port=0", "quire.server.initial-password=admin-secret" })
@DirtiesContext
class ConsoleApiIntegrationTests {

	private static final String CREATE_SECRETS = "[60,[[14,[\"test\"]],\"secrets\"]]";

	@TempDir
	static Path temporary;

	@LocalServerPort
	private int httpPort;

	@Autowired
	private QuireServer server;

	@Autowired
	private MovableClock clock;

	private ConsoleClient admin;

	@DynamicPropertySource
	static void quireProperties(DynamicPropertyRegistry registry) {
		registry.add("quire.server.data-dir", () -> temporary.resolve("data").toString());
	}

	@BeforeEach
	void signInAsAdmin() {
		this.admin = new ConsoleClient(this.httpPort);
		assertThat(this.admin.signIn("admin", "admin-secret").status()).isEqualTo(200);
	}

	@Test
	void signInShouldSetAnHttpOnlyStrictSameSiteCookie() {
		ConsoleClient client = new ConsoleClient(this.httpPort);
		ConsoleClient.Answer answer = client.signIn("admin", "admin-secret");
		assertThat(answer.setCookies()).singleElement()
			.asString()
			.startsWith("QUIRE_CONSOLE=")
			.contains("HttpOnly")
			.contains("SameSite=Strict")
			.contains("Path=/");
		assertThat(answer.body().path("user").asString()).isEqualTo("admin");
		assertThat(answer.body().path("automatic").asBoolean()).isFalse();
	}

	@Test
	void wrongPasswordShouldBeRefusedWithoutASession() {
		ConsoleClient client = new ConsoleClient(this.httpPort);
		ConsoleClient.Answer answer = client.signIn("admin", "not-it");
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.errorMessage()).isEqualTo("Wrong user name or password.");
		assertThat(answer.setCookies()).isEmpty();
		assertThat(new ConsoleClient(this.httpPort).signIn("nobody", "x").status()).isEqualTo(401);
	}

	@Test
	void callsWithoutASessionShouldBeRefusedWith401AndChangeNothing() {
		ConsoleClient anonymous = new ConsoleClient(this.httpPort);
		assertThat(anonymous.get("/console/api/session").status()).isEqualTo(401);
		assertThat(anonymous.get("/console/api/overview").status()).isEqualTo(401);
		assertThat(anonymous.get("/console/api/terms").status()).isEqualTo(401);
		assertThat(anonymous.get("/console/api/stats").status()).isEqualTo(401);
		ConsoleClient.Answer create = anonymous.query(CREATE_SECRETS);
		assertThat(create.status()).isEqualTo(401);
		assertThat(create.errorMessage()).isEqualTo("Sign in first: no session.");
		assertThat(tableExists("secrets")).isFalse();
	}

	@Test
	void anExpiredSessionShouldBeRefusedWith401() {
		assertThat(this.admin.get("/console/api/overview").status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(this.admin.get("/console/api/overview").status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(31));
		ConsoleClient.Answer answer = this.admin.get("/console/api/overview");
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.errorMessage()).isEqualTo("The session expired; sign in again.");
		assertThat(this.admin.query(CREATE_SECRETS).status()).isEqualTo(401);
		assertThat(tableExists("secrets")).isFalse();
	}

	@Test
	void aForgedOrMissingCsrfTokenShouldBeRefusedWith403AndChangeNothing() {
		String body = "{\"term\":" + CREATE_SECRETS + "}";
		ConsoleClient.Answer forged = this.admin.postWithToken("/console/api/queries", body, "forged-token");
		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.errorMessage()).contains("CSRF");
		assertThat(this.admin.postWithToken("/console/api/queries", body, null).status()).isEqualTo(403);
		ConsoleClient other = new ConsoleClient(this.httpPort);
		other.signIn("admin", "admin-secret");
		assertThat(this.admin.postWithToken("/console/api/queries", body, other.csrfToken).status()).isEqualTo(403);
		assertThat(tableExists("secrets")).isFalse();
	}

	@Test
	void aUserWithoutPermissionShouldGetTheEnginesPermissionErrorAndChangeNothing() {
		this.server.engine().users().setPassword("reader", "reader-secret");
		this.admin.query("[60,[[14,[\"test\"]],\"shelf\"]]");
		ConsoleClient reader = new ConsoleClient(this.httpPort);
		assertThat(reader.signIn("reader", "reader-secret").status()).isEqualTo(200);
		ConsoleClient.Answer create = reader.query(CREATE_SECRETS);
		assertThat(create.status()).isEqualTo(403);
		assertThat(create.errorType()).isEqualTo("PERMISSION_ERROR");
		assertThat(create.errorMessage()).isEqualTo("User `reader` does not have the required `config` permission.");
		ConsoleClient.Answer insert = reader.query("[56,[[15,[[14,[\"test\"]],\"shelf\"]],{\"id\":1}]]");
		assertThat(insert.status()).isEqualTo(403);
		assertThat(insert.errorMessage()).isEqualTo("User `reader` does not have the required `write` permission.");
		assertThat(tableExists("secrets")).isFalse();
		assertThat(this.server.engine().catalog().table("test", "shelf").count()).isZero();
		JsonNode overview = reader.get("/console/api/overview").body();
		assertThat(overview.path("tables").isEmpty()).isTrue();
	}

	@Test
	void signOutShouldInvalidateTheSession() {
		ConsoleClient.Answer out = this.admin.signOut();
		assertThat(out.status()).isEqualTo(204);
		assertThat(out.setCookies()).singleElement().asString().contains("Max-Age=0");
		assertThat(this.admin.get("/console/api/overview").status()).isEqualTo(401);
		assertThat(this.admin.get("/console/api/session").status()).isEqualTo(401);
		assertThat(this.admin.query(CREATE_SECRETS).status()).isEqualTo(401);
		assertThat(tableExists("secrets")).isFalse();
	}

	@Test
	void longResultsShouldBePagedByQueryIdAndStopped() {
		this.admin.query("[60,[[14,[\"test\"]],\"pages\"]]");
		this.admin.query("[56,[[15,[\"pages\"]],[2,[{\"id\":1},{\"id\":2},{\"id\":3},{\"id\":4},{\"id\":5}]]]]");
		ConsoleClient.Answer first = this.admin.post("/console/api/queries",
				"{\"term\":[41,[[15,[\"pages\"]],\"id\"]],\"optargs\":{\"max_batch_rows\":2}}");
		assertThat(first.body().path("type").asString()).isEqualTo("SUCCESS_ATOM");
		ConsoleClient.Answer stream = this.admin.post("/console/api/queries",
				"{\"term\":[15,[\"pages\"]],\"optargs\":{\"max_batch_rows\":2}}");
		assertThat(stream.body().path("type").asString()).isEqualTo("SUCCESS_PARTIAL");
		assertThat(stream.body().path("done").asBoolean()).isFalse();
		assertThat(stream.body().path("results").size()).isEqualTo(2);
		String id = stream.body().path("id").asString();
		ConsoleClient.Answer second = this.admin.post("/console/api/queries/" + id + "/continue", "{}");
		assertThat(second.body().path("results").size()).isEqualTo(2);
		assertThat(this.admin.post("/console/api/queries/" + id + "/stop", "{}").status()).isEqualTo(200);
		assertThat(this.admin.post("/console/api/queries/" + id + "/continue", "{}").status()).isEqualTo(404);
	}

	@Test
	void aChangefeedShouldOpenAtOnceDeliverChangesAndStop() {
		this.admin.query("[60,[[14,[\"test\"]],\"feed\"]]");
		ConsoleClient.Answer feed = this.admin.query("[152,[[15,[\"feed\"]]]]");
		assertThat(feed.body().path("feed").asBoolean()).isTrue();
		String id = feed.body().path("id").asString();
		assertThat(runningConsoleQueries()).isEqualTo(1);
		this.admin.query("[56,[[15,[\"feed\"]],{\"id\":7}]]");
		ConsoleClient.Answer change = this.admin.post("/console/api/queries/" + id + "/continue", "{}");
		assertThat(change.body().path("results").get(0).path("new_val").path("id").asInt()).isEqualTo(7);
		assertThat(this.admin.post("/console/api/queries/" + id + "/stop", "{}").status()).isEqualTo(200);
		assertThat(runningConsoleQueries()).isZero();
	}

	@Test
	void queryErrorsShouldCarryRethinkDbsMessageAndBacktrace() {
		ConsoleClient.Answer answer = this.admin.query("[24,[1,[24,[2,\"x\"]]]]");
		assertThat(answer.status()).isEqualTo(400);
		JsonNode error = answer.body().path("error");
		assertThat(error.path("type").asString()).isEqualTo("RUNTIME_ERROR");
		assertThat(error.path("errorType").asString()).isEqualTo("QUERY_LOGIC");
		assertThat(error.path("message").asString()).isEqualTo("Expected type NUMBER but found STRING.");
		assertThat(error.path("backtrace").toString()).isEqualTo("[1]");
	}

	@Test
	void theDriverPortsLimitsShouldApply() {
		String deep = "[2,[".repeat(1100) + "1" + "]]".repeat(1100);
		ConsoleClient.Answer tooDeep = this.admin.query(deep);
		assertThat(tooDeep.status()).isEqualTo(400);
		assertThat(tooDeep.body().path("error").path("type").asString()).isEqualTo("CLIENT_ERROR");
		assertThat(tooDeep.errorMessage()).isEqualTo("Query is nested too deeply (the maximum depth is 1024).");
	}

	@Test
	void profileShouldBeAnsweredWhenAskedFor() {
		ConsoleClient.Answer answer = this.admin.post("/console/api/queries",
				"{\"term\":[24,[1,2]],\"optargs\":{\"profile\":true}}");
		assertThat(answer.body().path("value").asInt()).isEqualTo(3);
		assertThat(answer.body().path("profile").isArray()).isTrue();
		assertThat(answer.body().path("durationMs").asDouble()).isNotNegative();
		assertThat(this.admin.query("[24,[1,2]]").body().has("profile")).isFalse();
	}

	@Test
	void overviewAndTermsShouldDescribeTheServer() {
		JsonNode overview = this.admin.get("/console/api/overview").body();
		assertThat(overview.path("serverName").asString()).isEqualTo(this.server.serverName());
		assertThat(overview.path("version").asString()).isEqualTo(this.server.version());
		assertThat(overview.path("role").asString()).isEqualTo("primary");
		assertThat(overview.path("dataDirectory").asString()).endsWith("data");
		assertThat(overview.path("diskUsedBytes").asLong()).isPositive();
		JsonNode terms = this.admin.get("/console/api/terms").body();
		assertThat(terms.path("TABLE").asInt()).isEqualTo(15);
		assertThat(terms.path("BRACKET").asInt()).isEqualTo(170);
	}

	private long runningConsoleQueries() {
		return this.server.engine()
			.runningQueries()
			.list()
			.stream()
			.filter((query) -> query.clientAddress().startsWith("console "))
			.count();
	}

	private boolean tableExists(String name) {
		return this.server.engine().catalog().tableNames("test").contains(name);
	}

	/** A clock the tests move forward, to expire sessions without waiting. */
	static final class MovableClock extends Clock {

		private volatile Instant now = Instant.now();

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		MovableClock consoleClock() {
			return new MovableClock();
		}

	}

}
