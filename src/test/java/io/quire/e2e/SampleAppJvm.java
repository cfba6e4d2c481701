package io.quire.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code quire-sample.jar} in its own JVM, connected to a separate Quire server through
 * {@code quire.uri}, with hard durability so that every 201 it answers is on disk.
 */
final class SampleAppJvm implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final ChildJvm jvm;

	private final HttpJson http;

	private SampleAppJvm(ChildJvm jvm, HttpJson http) {
		this.jvm = jvm;
		this.http = http;
	}

	static SampleAppJvm start(int driverPort, Path workDirectory) throws IOException {
		int httpPort = LocalPorts.free();
		List<String> arguments = List.of("--server.port=" + httpPort,
				"--quire.uri=rethinkdb://admin@127.0.0.1:" + driverPort + "/test", "--quire.durability=hard",
				"--quire.connect-timeout=2s");
		ChildJvm jvm = ChildJvm.start(E2eJars.sample(), arguments, workDirectory, "sample");
		return new SampleAppJvm(jvm, new HttpJson(httpPort));
	}

	/** Waits until the app answers its health endpoint with UP. */
	void awaitUp() throws InterruptedException {
		awaitHealth("UP", START_TIMEOUT);
	}

	/** Waits until the app's health endpoint reports {@code status}. */
	void awaitHealth(String status, Duration timeout) throws InterruptedException {
		Poll.until(timeout, () -> {
			this.jvm.assertAlive();
			return status.equals(this.http.tryGet("/actuator/health").healthStatus());
		}, () -> this.http.tryGet("/actuator/health") + "\n" + this.jvm.log());
	}

	HttpJson http() {
		return this.http;
	}

	String log() {
		return this.jvm.log();
	}

	@Override
	public void close() throws InterruptedException {
		this.jvm.close();
	}

}
