package io.quire.driver;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

class MappingIntegrationTests {

	private static QuireServer server;

	private static Connection connection;

	private static final OffsetDateTime LAUNCH = OffsetDateTime.of(2024, 5, 1, 12, 30, 15, 250_000_000,
			ZoneOffset.ofHoursMinutes(5, 30));

	record Mission(String id, String name, OffsetDateTime launch, Instant landed, byte[] telemetry) {
	}

	@BeforeAll
	static void start() {
		server = TestServers.start();
		connection = ConnectionFactory.create(TestServers.options(server).build()).connect();
		r.db("test").tableCreate("missions").runAtom(connection);
		r.table("missions")
			.insert(new Mission("apollo", "Apollo", LAUNCH, LAUNCH.toInstant().plusSeconds(60),
					new byte[] { 0, 1, (byte) 255 }))
			.runAtom(connection);
	}

	@AfterAll
	static void stop() {
		connection.close();
		server.close();
	}

	@Test
	void timesShouldComeBackInTheirZoneAndBytesAsBytes() {
		Object launch = r.table("missions").get("apollo").g("launch").runAtom(connection);
		assertThat(launch).isEqualTo(LAUNCH);
		assertThat(((OffsetDateTime) launch).getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
		assertThat(r.table("missions").get("apollo").g("telemetry").runAtom(connection))
			.isEqualTo(new byte[] { 0, 1, (byte) 255 });
	}

	@Test
	void documentsShouldMapToTheCallersClass() {
		Mission mission = r.table("missions").get("apollo").runAtom(connection, Mission.class);
		assertThat(mission.launch()).isEqualTo(LAUNCH);
		assertThat(mission.launch().getOffset()).isEqualTo(LAUNCH.getOffset());
		assertThat(mission.landed()).isEqualTo(LAUNCH.toInstant().plusSeconds(60));
		assertThat(mission.telemetry()).containsExactly(0, 1, 255);
		assertThat(r.table("missions").run(connection, Mission.class).single().name()).isEqualTo("Apollo");
	}

	@Test
	void timesShouldBeInstantsWhenNotTimeZoneAware() {
		try (Connection utc = ConnectionFactory.create(TestServers.options(server).timeZoneAware(false).build())
			.connect()) {
			Object launch = r.table("missions").get("apollo").g("launch").runAtom(utc);
			assertThat(launch).isEqualTo(LAUNCH.toInstant());
		}
	}

	@Test
	void serverTimesShouldMapToo() {
		Object time = r.time(2024, 5, 1, "+02:00").runAtom(connection);
		assertThat(time).isEqualTo(OffsetDateTime.of(2024, 5, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)));
		assertThat(r.now().runAtom(connection)).isInstanceOf(OffsetDateTime.class);
	}

	@Test
	void documentsShouldMapToMapsAndJsonNodes() {
		Map<?, ?> plain = r.table("missions").get("apollo").runAtom(connection, Map.class);
		assertThat(plain.get("launch")).isEqualTo(LAUNCH);
		JsonNode node = r.table("missions").get("apollo").runAtom(connection, JsonNode.class);
		assertThat(node.get("name").asString()).isEqualTo("Apollo");
		assertThat(node.get("launch").get("$reql_type$").asString()).isEqualTo("TIME");
	}

}
