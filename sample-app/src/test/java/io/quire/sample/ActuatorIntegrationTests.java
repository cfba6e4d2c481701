package io.quire.sample;

import io.quire.sample.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health and metrics of the sample over HTTP, on the embedded engine.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ActuatorIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void healthShouldShowQuireUp() {
		Response response = ApiClient.onLocalPort(this.port).get("/actuator/health");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode quire = response.body().get("components").get("quire");
		assertThat(quire.get("status").asString()).isEqualTo("UP");
		assertThat(quire.get("details").get("database").asString()).isEqualTo("test");
	}

	@Test
	void metricsShouldBeExposed() {
		ApiClient api = ApiClient.onLocalPort(this.port);
		api.get("/books");
		Response response = api.get("/actuator/metrics/http.server.requests");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.body().get("name").asString()).isEqualTo("http.server.requests");
	}

	@Test
	void queriesShouldBeQuireQueryTimersTaggedWithTheirTable() {
		ApiClient api = ApiClient.onLocalPort(this.port);
		api.get("/books");
		Response response = api.get("/actuator/metrics/quire.query?tag=quire.table:books&tag=outcome:SUCCESS");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.body().get("baseUnit").asString()).isEqualTo("seconds");
		assertThat(response.body().get("availableTags").toString()).contains("quire.query.kind", "quire.database")
			.doesNotContain("quire.query.shape");
	}

}
