package io.quire.spring.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata the processor generates, which IDEs use to complete
 * {@code quire.*} keys.
 */
class ConfigurationMetadataTests {

	private static final Map<String, JsonNode> properties = new HashMap<>();

	@BeforeAll
	static void readMetadata() throws IOException {
		try (InputStream input = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(input).isNotNull();
			JsonNode metadata = JsonMapper.builder().build().readTree(input);
			metadata.path("properties")
				.forEach((property) -> properties.put(property.path("name").asString(), property));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "quire.uri", "quire.host", "quire.port", "quire.hosts", "quire.database", "quire.username",
			"quire.password", "quire.connect-timeout", "quire.network-timeout", "quire.application-name",
			"quire.fallback-application-name", "quire.hostaddr", "quire.client-encoding", "quire.document-class",
			"quire.target-session-attrs", "quire.read-mode", "quire.retry-reads", "quire.slave-okay",
			"quire.durability", "quire.time-zone-aware", "quire.ssl.enabled", "quire.ssl.ca-certs", "quire.ssl.bundle",
			"quire.keepalive.enabled", "quire.keepalive.idle", "quire.keepalive.interval", "quire.keepalive.count",
			"quire.pool.enabled", "quire.pool.initial-size", "quire.pool.max-size", "quire.pool.max-idle-time",
			"quire.pool.max-life-time", "quire.pool.max-acquire-time", "quire.pool.validation",
			"quire.embedded.enabled", "quire.embedded.port", "quire.embedded.data-dir",
			"quire.data.auto-table-creation", "quire.data.auto-index-creation", "quire.data.repositories.type",
			"quire.data.change-listeners.enabled", "management.health.quire.enabled" })
	void everyDocumentedPropertyHasADescription(String name) {
		assertThat(properties).containsKey(name);
		assertThat(properties.get(name).path("description").asString()).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(strings = { "quire.host=localhost", "quire.port=28015", "quire.database=test", "quire.username=admin",
			"quire.connect-timeout=20s", "quire.target-session-attrs=any", "quire.time-zone-aware=true",
			"quire.pool.enabled=true", "quire.pool.max-size=10", "quire.pool.max-in-flight=8",
			"quire.embedded.enabled=false", "quire.embedded.port=0", "quire.data.repositories.type=auto",
			"quire.data.change-listeners.enabled=true" })
	void defaultsAreDeclared(String entry) {
		String[] nameAndValue = entry.split("=");
		assertThat(properties.get(nameAndValue[0]).path("defaultValue").asString()).isEqualTo(nameAndValue[1]);
	}

	@Test
	void authKeyIsDeprecatedInFavourOfPassword() {
		JsonNode deprecation = properties.get("quire.auth-key").path("deprecation");
		assertThat(deprecation.path("replacement").asString()).isEqualTo("quire.password");
		assertThat(deprecation.path("level").asString("warning")).isEqualTo("warning");
	}

	@Test
	void nothingIsDeclaredUnderSpring() {
		assertThat(properties.keySet()).noneMatch((name) -> name.startsWith("spring."));
	}

}
