package io.quire.server;

import java.net.BindException;

import io.quire.engine.ServerStartException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class QuireServerStartFailureAnalyzerTests {

	private final QuireServerStartFailureAnalyzer analyzer = new QuireServerStartFailureAnalyzer();

	@Test
	void takenPortPointsAtTheDriverPortProperty() {
		FailureAnalysis analysis = analyze(new ServerStartException("Cannot listen on 127.0.0.1:28015",
				new BindException("Address already in use")));
		assertThat(analysis.getDescription()).isEqualTo("Quire could not start: Cannot listen on 127.0.0.1:28015");
		assertThat(analysis.getAction()).contains("quire.server.driver-port");
	}

	@Test
	void heldLockFilePointsAtTheDataDirectoryProperty() {
		FailureAnalysis analysis = analyze(
				new ServerStartException("Cannot open the data directory /srv/quire", new IllegalStateException(
						"Data directory /srv/quire is already in use: its RocksDB LOCK file is held")));
		assertThat(analysis.getAction()).contains("Another Quire server is using this data directory")
			.contains("quire.server.data-dir");
	}

	@Test
	void otherFailuresPointAtTheServerSettings() {
		FailureAnalysis analysis = analyze(new ServerStartException("Cannot read /etc/quire/server.pem",
				new IllegalArgumentException("not a PEM file")));
		assertThat(analysis.getAction()).isEqualTo("Check the quire.server.* settings named above.");
	}

	@Test
	void failuresWrappedByTheContextAreFound() {
		ServerStartException cause = new ServerStartException("Cannot listen on 127.0.0.1:28015",
				new BindException("Address already in use"));
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("Failed to start bean", cause));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getCause()).isSameAs(cause);
	}

	private FailureAnalysis analyze(ServerStartException failure) {
		FailureAnalysis analysis = this.analyzer.analyze(failure);
		assertThat(analysis).isNotNull();
		return analysis;
	}

}
