package io.quire.server;

import java.time.Duration;
import java.util.Map;

import io.quire.engine.QueryListener;
import io.quire.engine.QuireServer;
import io.quire.engine.ServerOptions;
import io.quire.engine.term.QueryContext;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code quire.server.*} as bound from configuration reaches the engine's options.
 */
class QuireServerFactoryTests {

	@Test
	void frameReadTimeoutAndMaxNestingDepthReachTheEngine() {
		ServerOptions options = options(
				Map.of("quire.server.frame-read-timeout", "45s", "quire.server.max-nesting-depth", "64"));
		assertThat(options.frameReadTimeout()).isEqualTo(Duration.ofSeconds(45));
		assertThat(options.maxNestingDepth()).isEqualTo(64);
	}

	@Test
	void defaultsShouldBeTheEnginesOwn() {
		ServerOptions options = options(Map.of());
		ServerOptions engine = QuireServer.builder().build().options();
		assertThat(options.frameReadTimeout()).isEqualTo(engine.frameReadTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(options.maxNestingDepth()).isEqualTo(engine.maxNestingDepth()).isEqualTo(1024);
	}

	@Test
	void httpSettingsShouldReachTheEngine() {
		ServerOptions options = options(Map.of("quire.server.http.enabled", "false", "quire.server.http.allowed-hosts",
				"api.example.com,*.example.org"));
		assertThat(options.http().enabled()).isFalse();
		assertThat(options.http().allowedHosts()).containsExactly("api.example.com", "*.example.org");
		assertThat(options(Map.of()).http()).isEqualTo(ServerOptions.Http.UNRESTRICTED);
	}

	private static ServerOptions options(Map<String, String> configuration) {
		QuireServerProperties properties = new Binder(new MapConfigurationPropertySource(configuration))
			.bindOrCreate("quire.server", QuireServerProperties.class);
		return QuireServerFactory.create(properties, QueryListener.NONE).options();
	}

	@Test
	void maxQueryMemoryShouldReachTheEngine() {
		QuireServerProperties properties = new QuireServerProperties();
		properties.setMaxQueryMemory(DataSize.ofMegabytes(32));
		QuireServer server = QuireServerFactory.create(properties, QueryListener.NONE);
		assertThat(server.options().maxQueryMemory()).isEqualTo(32L * 1024 * 1024);
	}

	@Test
	void maxQueryMemoryShouldDefaultToAQuarterOfTheHeap() {
		QuireServer server = QuireServerFactory.create(new QuireServerProperties(), QueryListener.NONE);
		assertThat(server.options().maxQueryMemory()).isEqualTo(QueryContext.DEFAULT_MEMORY_LIMIT)
			.isEqualTo(Runtime.getRuntime().maxMemory() / 4);
	}

	@Test
	void aFatalErrorInTheServerApplicationShouldExitTheProcess() {
		QuireServer server = QuireServerFactory.create(new QuireServerProperties(), QueryListener.NONE);
		assertThat(server.options().fatalErrorHandler()).containsInstanceOf(FatalErrorExit.class);
	}

}
