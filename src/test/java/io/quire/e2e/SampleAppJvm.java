package io.quire.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code quire-sample.jar} in its own JVM, connected to a separate Quire server through
 * {@code quire.uri} (or to a cluster through {@code quire.hosts}), with hard durability
 * so that every 201 it answers is on disk.
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
		return start(List.of("--quire.uri=rethinkdb://admin@127.0.0.1:" + driverPort + "/test"), workDirectory);
	}

	/**
	 * Starts the app on a cluster: {@code quire.hosts} lists every member and
	 * {@code quire.target-session-attrs=read-write} keeps the primary.
	 */
	static SampleAppJvm startOnCluster(List<Integer> driverPorts, Path workDirectory) throws IOException {
		String hosts = String.join(",", driverPorts.stream().map((port) -> "127.0.0.1:" + port).toList());
		return start(List.of("--quire.hosts=" + hosts, "--quire.target-session-attrs=read-write"), workDirectory);
	}

	private static SampleAppJvm start(List<String> location, Path workDirectory) throws IOException {
		int httpPort = LocalPorts.free();
		List<String> arguments = new ArrayList<>(location);
		arguments.addAll(List.of("--server.port=" + httpPort, "--quire.durability=hard", "--quire.connect-timeout=2s"));
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
