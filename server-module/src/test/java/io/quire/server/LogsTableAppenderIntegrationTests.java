package io.quire.server;

import java.time.Clock;

import io.quire.engine.QuireServer;
import io.quire.engine.system.ServerLog;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the lifecycle runs, what the server logs through Logback at INFO and above
 * reaches the engine's log, which {@code rethinkdb.logs} shows; after stop it no longer
 * does.
 */
class LogsTableAppenderIntegrationTests {

	private static final Log logger = LogFactory.getLog(LogsTableAppenderIntegrationTests.class);

	@Test
	void serverLogEventsReachTheLogsTableWhileRunning() {
		QuireServerProperties properties = new QuireServerProperties();
		properties.setBindAddress("0.0.0.0");
		QuireServer server = QuireServer.builder().port(0).bindAddress("0.0.0.0").inMemory().build();
		QuireServerLifecycle lifecycle = new QuireServerLifecycle(server, properties, Clock.systemUTC());
		lifecycle.start();
		ServerLog log = server.engine().log();
		try {
			logger.warn("disk almost full");
			logger.debug("not for the logs table");
			assertThat(log.entries()).anySatisfy((entry) -> {
				assertThat(entry.level()).isEqualTo(ServerLog.Level.WARN);
				assertThat(entry.message()).endsWith(": disk almost full");
			});
			assertThat(log.entries())
				.anySatisfy((entry) -> assertThat(entry.message()).contains("which is not a loopback address"));
			assertThat(log.entries())
				.noneSatisfy((entry) -> assertThat(entry.message()).contains("not for the logs table"));
		}
		finally {
			lifecycle.stop();
		}
		int kept = log.entries().size();
		logger.warn("after stop");
		assertThat(log.entries()).hasSize(kept);
	}

}
