package io.quire.server;

import io.quire.engine.QueryListener;
import io.quire.engine.QuireServer;
import io.quire.engine.term.QueryContext;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From {@code quire.server.*} properties to the engine's options.
 */
class QuireServerFactoryTests {

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
