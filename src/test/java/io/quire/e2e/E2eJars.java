package io.quire.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged jars the end-to-end tests start. The reactor build packages them before
 * this module; when this module runs alone without them, the tests are skipped, not
 * failed.
 */
final class E2eJars {

	private E2eJars() {
	}

	/** Skips the calling test unless both the server and the sample app jar are there. */
	static void assumeServerAndSampleBuilt() {
		server();
		sample();
	}

	static Path server() {
		return existing("quire.server.jar", "../../server-module/target/quire-server.jar");
	}

	/**
	 * {@code target/quire-server}, the launcher script the build puts beside the server
	 * jar.
	 */
	static Path serverLauncher() {
		return existing("quire.server.launcher", "../../server-module/target/quire-server");
	}

	static Path sample() {
		return existing("quire.sample.jar", "../../sample-app/target/quire-sample.jar");
	}

	private static Path existing(String property, String defaultLocation) {
		Path jar = Path.of(System.getProperty(property, defaultLocation)).toAbsolutePath().normalize();
		assumeTrue(Files.isRegularFile(jar),
				() -> jar + " is missing: build it first with ./mvnw -B -DskipTests install");
		return jar;
	}

}
