package io.quire.sample;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedEngineEnvironmentPostProcessorTests {

	private final EmbeddedEngineEnvironmentPostProcessor postProcessor = new EmbeddedEngineEnvironmentPostProcessor();

	@Test
	void embeddedEngineShouldBeEnabledWhenNoServerIsNamed() {
		assertThat(embeddedEnabledWith(new MockEnvironment())).isEqualTo("true");
	}

	@Test
	void embeddedEngineShouldStayOffWhenAUriIsSet() {
		MockEnvironment environment = new MockEnvironment().withProperty("quire.uri",
				"rethinkdb://db.example:28015/test");
		assertThat(embeddedEnabledWith(environment)).isNull();
	}

	@Test
	void embeddedEngineShouldStayOffWhenAHostOrPortIsSet() {
		assertThat(embeddedEnabledWith(new MockEnvironment().withProperty("quire.host", "db.example"))).isNull();
		assertThat(embeddedEnabledWith(new MockEnvironment().withProperty("quire.port", "28016"))).isNull();
	}

	@Test
	void embeddedEngineShouldStayOffWhenAHostListIsSet() {
		MockEnvironment environment = new MockEnvironment().withProperty("quire.hosts", "a:28015,b:28015");
		assertThat(embeddedEnabledWith(environment)).isNull();
	}

	@Test
	void embeddedEngineShouldStayOffWhenAnEnvironmentVariableStyleUriIsSet() {
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("QUIRE_URI", "rethinkdb://db.example/test")));
		assertThat(embeddedEnabledWith(environment)).isNull();
	}

	@Test
	void explicitSettingShouldWin() {
		MockEnvironment environment = new MockEnvironment().withProperty("quire.embedded.enabled", "false");
		assertThat(embeddedEnabledWith(environment)).isEqualTo("false");
	}

	private String embeddedEnabledWith(MockEnvironment environment) {
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(EmbeddedEngineEnvironmentPostProcessor.ENABLED);
	}

}
