package io.quire.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.net.Connection;
import io.quire.engine.QuireServer;
import io.quire.server.actuate.QuireServerMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a random HTTP port and a free driver port, checked over real
 * HTTP and with the official RethinkDB driver.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "quire.server.driver-port=0")
@DirtiesContext
class QuireServerApplicationIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	@TempDir
	static Path temporary;

	@LocalServerPort
	private int httpPort;

	@Autowired
	private QuireServer server;

	@Autowired
	private QuireServerMetrics serverMetrics;

	private ActuatorClient actuator;

	private Connection connection;

	@DynamicPropertySource
	static void quireProperties(DynamicPropertyRegistry registry) {
		registry.add("quire.server.data-dir", () -> temporary.resolve("data").toString());
		registry.add("quire.server.port-file", () -> temporary.resolve("run/driver.port").toString());
	}

	@BeforeEach
	void connect() {
		this.actuator = new ActuatorClient(this.httpPort);
		this.connection = r.connection().hostname("127.0.0.1").port(this.server.port()).connect();
	}

	@AfterEach
	void disconnect() {
		this.connection.close();
	}

	@Test
	void portFileHoldsTheBoundDriverPort() throws IOException {
		String content = Files.readString(temporary.resolve("run/driver.port")).trim();
		assertThat(Integer.parseInt(content)).isEqualTo(this.server.port()).isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void serverStatusShowsTheDriverAndHttpPortsAndNoClusterPort() {
		Map<String, Object> network = (Map<String, Object>) r.db("rethinkdb")
			.table("server_status")
			.nth(0)
			.g("network")
			.runAtom(this.connection, Map.class);
		assertThat(((Number) network.get("reql_port")).intValue()).isEqualTo(this.server.port());
		assertThat(((Number) network.get("http_admin_port")).intValue()).isEqualTo(this.httpPort);
		assertThat(network).containsEntry("cluster_port", null);
	}

	@Test
	void healthShowsQuireComponentUpWithVersionDataDirectoryAndDriverPort() {
		JsonNode health = this.actuator.get("/actuator/health");
		assertThat(health.path("status").asString()).isEqualTo("UP");
		JsonNode quire = health.path("components").path("quire");
		assertThat(quire.path("status").asString()).isEqualTo("UP");
		assertThat(quire.path("details").path("version").asString()).isEqualTo(this.server.version()).isNotEmpty();
		assertThat(quire.path("details").path("dataDirectory").asString())
			.isEqualTo(temporary.resolve("data").toAbsolutePath().toString());
		assertThat(quire.path("details").path("driverPort").asInt()).isEqualTo(this.server.port());
		assertThat(quire.path("details").path("role").asString()).isEqualTo("primary");
		assertThat(quire.path("details").path("readOnly").asBoolean(true)).isFalse();
		JsonNode members = quire.path("details").path("members");
		assertThat(members.size()).isEqualTo(1);
		assertThat(members.path(0).path("address").asString()).endsWith(":" + this.server.port());
		assertThat(members.path(0).path("reachable").asBoolean(false)).isTrue();
	}

	@Test
	void readinessGroupIncludesQuireAndLivenessIsUp() {
		JsonNode readiness = this.actuator.get("/actuator/health/readiness");
		assertThat(readiness.path("status").asString()).isEqualTo("UP");
		assertThat(readiness.path("components").path("quire").path("status").asString()).isEqualTo("UP");
		assertThat(this.actuator.get("/actuator/health/liveness").path("status").asString()).isEqualTo("UP");
	}

	@Test
	void infoShowsVersionDataDirectoryAndUptime() {
		JsonNode quire = this.actuator.get("/actuator/info").path("quire");
		assertThat(quire.path("version").asString()).isEqualTo(this.server.version());
		assertThat(quire.path("dataDirectory").asString())
			.isEqualTo(temporary.resolve("data").toAbsolutePath().toString());
		assertThat(quire.path("driverPort").asInt()).isEqualTo(this.server.port());
		assertThat(quire.path("uptime").asString()).startsWith("PT");
	}

	@Test
	void metricsCountOpenConnectionsAndQueriesByKind() {
		r.db("test").tableList().run(this.connection).toList();
		assertThat(measurement("/actuator/metrics/quire.connections.open")).isGreaterThanOrEqualTo(1);
		assertThat(measurement("/actuator/metrics/quire.cursors.open")).isGreaterThanOrEqualTo(0);
		JsonNode queries = this.actuator.get("/actuator/metrics/quire.queries?tag=kind:table_list");
		assertThat(statistic(queries, "COUNT")).isGreaterThanOrEqualTo(1);
		assertThat(statistic(queries, "TOTAL_TIME")).isPositive();
	}

	@Test
	void metricsFollowTablesAsTheyComeAndGo() {
		r.db("test").tableCreate("metered").run(this.connection);
		r.table("metered")
			.insert(r.array(Map.of("id", 1), Map.of("id", 2), Map.of("id", 3)))
			.optArg("durability", "hard")
			.run(this.connection);
		this.serverMetrics.refreshTables();
		String tags = "?tag=db:test&tag=table:metered";
		assertThat(measurement("/actuator/metrics/quire.table.documents" + tags)).isEqualTo(3);
		assertThat(measurement("/actuator/metrics/quire.table.size" + tags)).isGreaterThanOrEqualTo(0);
		r.db("test").tableDrop("metered").run(this.connection);
		this.serverMetrics.refreshTables();
		assertThat(this.actuator.status("/actuator/metrics/quire.table.documents" + tags)).isEqualTo(404);
	}

	private double measurement(String path) {
		return statistic(this.actuator.get(path), "VALUE");
	}

	private static double statistic(JsonNode metric, String statistic) {
		for (JsonNode measurement : metric.path("measurements")) {
			if (statistic.equals(measurement.path("statistic").asString())) {
				return measurement.path("value").asDouble();
			}
		}
		throw new AssertionError("No " + statistic + " in " + metric);
	}

}
