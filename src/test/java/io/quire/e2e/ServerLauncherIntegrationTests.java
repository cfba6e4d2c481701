package io.quire.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code target/quire-server}, the launcher the README starts the server with: the first
 * start extracts the jar and makes its class data sharing archive, later starts run from
 * them.
 */
class ServerLauncherIntegrationTests {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	private static final String TRAINING = "making its class data sharing archive";

	@TempDir
	Path work;

	@Test
	void firstStartShouldMakeTheArchiveAndLaterStartsShouldRunFromIt() throws Exception {
		Path cache = this.work.resolve("cache");
		String first = startAndStop(cache, "-Xmx256m");
		assertThat(first).contains(TRAINING).contains("Quire ready on 127.0.0.1:");
		Path layout = onlyLayout(cache);
		assertThat(layout.resolve("app.jsa")).isNotEmptyFile();
		assertThat(layout.resolve("quire-server.jar")).isRegularFile();
		// -Xshare:on makes the JVM refuse to start unless it can map the archive.
		String second = startAndStop(cache, "-Xmx256m -Xshare:on");
		assertThat(second).doesNotContain(TRAINING).contains("Quire ready on 127.0.0.1:");
		assertThat(onlyLayout(cache)).isEqualTo(layout);
	}

	/**
	 * Starts the launcher on a fresh data directory until the port file is there, then
	 * stops it.
	 */
	private String startAndStop(Path cache, String javaOptions) throws IOException, InterruptedException {
		Path run = Files.createTempDirectory(this.work, "run");
		Path portFile = run.resolve("server.port");
		List<String> arguments = List.of("--quire.server.driver-port=0", "--quire.server.port-file=" + portFile,
				"--quire.server.data-dir=" + run.resolve("data"), "--server.port=0");
		Map<String, String> environment = Map.of("QUIRE_CACHE_DIR", cache.toString(), "JAVA_OPTS", javaOptions);
		try (ChildJvm server = ChildJvm.startLauncher(E2eJars.serverLauncher(), environment, arguments, run,
				"server")) {
			Poll.until(START_TIMEOUT, () -> Files.isRegularFile(portFile) || !server.isAlive(), server::log);
			server.assertAlive();
			return server.log();
		}
	}

	private static Path onlyLayout(Path cache) throws IOException {
		try (Stream<Path> layouts = Files.list(cache)) {
			List<Path> all = layouts.toList();
			assertThat(all).hasSize(1);
			return all.get(0);
		}
	}

}
