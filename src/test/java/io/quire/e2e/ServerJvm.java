package io.quire.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code quire-server.jar} in its own JVM on a given data directory, driver port (0 = a
 * free one, reported through the port file) and HTTP port.
 */
final class ServerJvm implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final ChildJvm jvm;

	private final Path portFile;

	private final int httpPort;

	private ServerJvm(ChildJvm jvm, Path portFile, int httpPort) {
		this.jvm = jvm;
		this.portFile = portFile;
		this.httpPort = httpPort;
	}

	/**
	 * Starts the server; {@code extraArguments} are further {@code --name=value}
	 * settings.
	 */
	static ServerJvm start(Path dataDirectory, Path workDirectory, int driverPort, int httpPort,
			String... extraArguments) throws IOException {
		Path portFile = workDirectory.resolve("server.port");
		Files.deleteIfExists(portFile);
		List<String> arguments = new ArrayList<>(
				List.of("--quire.server.driver-port=" + driverPort, "--quire.server.port-file=" + portFile,
						"--quire.server.data-dir=" + dataDirectory, "--server.port=" + httpPort));
		arguments.addAll(List.of(extraArguments));
		return new ServerJvm(ChildJvm.start(E2eJars.server(), arguments, workDirectory, "server"), portFile, httpPort);
	}

	/** Waits until the server accepts driver connections and returns its driver port. */
	int awaitDriverPort() throws IOException, InterruptedException {
		Poll.until(START_TIMEOUT, () -> Files.isRegularFile(this.portFile) || !this.jvm.isAlive(), this.jvm::log);
		this.jvm.assertAlive();
		return Integer.parseInt(Files.readString(this.portFile).trim());
	}

	/**
	 * A client of the server's HTTP port, once Actuator answers: the driver port (and the
	 * port file) can be ready before it.
	 */
	HttpJson http() {
		HttpJson http = new HttpJson(this.httpPort);
		try {
			Poll.until(START_TIMEOUT, () -> {
				this.jvm.assertAlive();
				return http.tryGet("/actuator/health").status() != 0;
			}, this.jvm::log);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return http;
	}

	/** Stops the server with SIGTERM and returns its exit code. */
	int terminate() throws InterruptedException {
		return this.jvm.terminate();
	}

	/** Waits for a server that cannot start to exit and returns its exit code. */
	int awaitExit() throws InterruptedException {
		return this.jvm.awaitExit();
	}

	Path portFile() {
		return this.portFile;
	}

	void kill() throws InterruptedException {
		this.jvm.kill();
	}

	/** Freezes the server with SIGSTOP. */
	void pause() throws InterruptedException {
		this.jvm.pause();
	}

	/** Lets a paused server run on with SIGCONT. */
	void resume() throws InterruptedException {
		this.jvm.resume();
	}

	String log() {
		return this.jvm.log();
	}

	@Override
	public void close() throws InterruptedException {
		this.jvm.close();
	}

}
