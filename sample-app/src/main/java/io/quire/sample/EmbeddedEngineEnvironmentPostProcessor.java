package io.quire.sample;

import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the embedded engine on when nothing says where a Quire server runs: unless
 * {@code quire.embedded.enabled} is set explicitly, it defaults to {@code true} when none
 * of {@code quire.uri}, {@code quire.host}, {@code quire.port} and {@code quire.hosts} is
 * set, and to {@code false} (the starter's default) as soon as one of them is.
 *
 * <p>
 * It runs after the configuration files are loaded, so those keys count from any source:
 * {@code application.yml}, command-line arguments or environment variables such as
 * {@code QUIRE_URI}.
 */
class EmbeddedEngineEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String ENABLED = "quire.embedded.enabled";

	static final String PROPERTY_SOURCE_NAME = "quireSampleEmbeddedEngineDefault";

	private static final List<String> SERVER_LOCATION_KEYS = List.of("quire.uri", "quire.host", "quire.port");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Binder binder = Binder.get(environment);
		if (isSet(binder, ENABLED) || namesAServer(binder)) {
			return;
		}
		Map<String, Object> defaults = Map.of(ENABLED, "true");
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
	}

	private static boolean namesAServer(Binder binder) {
		boolean hasHosts = binder.bind("quire.hosts", Bindable.listOf(String.class))
			.map((hosts) -> !hosts.isEmpty())
			.orElse(false);
		return hasHosts || SERVER_LOCATION_KEYS.stream().anyMatch((key) -> isSet(binder, key));
	}

	private static boolean isSet(Binder binder, String key) {
		return binder.bind(key, String.class).map((value) -> !value.isBlank()).orElse(false);
	}

}
