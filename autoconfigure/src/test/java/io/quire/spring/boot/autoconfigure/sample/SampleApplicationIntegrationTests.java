package io.quire.spring.boot.autoconfigure.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.pool.ConnectionPool;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts a real web application on the embedded engine and reads its health over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "quire.embedded.enabled=true",
		"management.endpoint.health.show-details=always", "spring.application.name=sample" })
class SampleApplicationIntegrationTests {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	private int port;

	@Autowired
	private QuireServer server;

	@Autowired
	private ConnectionFactory connectionFactory;

	@Test
	void healthEndpointReportsTheQuireComponentUp() throws IOException, InterruptedException {
		JsonNode health = getJson("/actuator/health");
		assertThat(health.path("status").asString()).isEqualTo("UP");
		JsonNode quire = health.path("components").path("quire");
		assertThat(quire.path("status").asString()).isEqualTo("UP");
		assertThat(quire.path("details").path("database").asString()).isEqualTo("test");
		assertThat(quire.path("details").path("server").asString()).isEqualTo(this.server.serverName());
		assertThat(quire.path("details").path("pool").path("max").asInt()).isEqualTo(10);
	}

	@Test
	void applicationTalksToTheEmbeddedEngineThroughThePool() {
		assertThat(this.connectionFactory).isInstanceOf(ConnectionPool.class);
		assertThat(this.connectionFactory.options().effectiveApplicationName()).isEqualTo("sample");
		try (Connection connection = this.connectionFactory.connect()) {
			assertThat(connection.port()).isEqualTo(this.server.port());
		}
	}

	private JsonNode getJson(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
