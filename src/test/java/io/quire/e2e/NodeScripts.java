package io.quire.e2e;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Node.js scripts that use an npm package (the official RethinkDB JavaScript driver,
 * puppeteer-core), installed with npm into a directory that later runs reuse. Skips the
 * calling test when {@code node} or {@code npm} is not on the PATH or the npm registry
 * cannot be reached.
 */
final class NodeScripts {

	static final String DRIVER_PACKAGE = "rethinkdb@2.4.2";

	/**
	 * Drives Firefox over WebDriver BiDi; a release whose BiDi commands Firefox ESR 140
	 * knows.
	 */
	static final String PUPPETEER_PACKAGE = "puppeteer-core@24.25.0";

	private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(3);

	private final Path modules;

	private NodeScripts(Path modules) {
		this.modules = modules;
	}

	/** A script of {@code src/test/resources/js}, as the build copied it. */
	static Path script(String name) throws URISyntaxException {
		URL resource = NodeScripts.class.getResource("/js/" + name);
		assertThat(resource).as("test resource js/" + name).isNotNull();
		return Path.of(resource.toURI());
	}

	/**
	 * {@code target/}: the parent of {@code target/test-classes}, where the scripts are
	 * copied.
	 */
	static Path buildDirectory() throws URISyntaxException {
		return script("checks.js").getParent().getParent().getParent();
	}

	/** Installs the driver under {@code directory} unless an earlier run did. */
	static NodeScripts withDriverIn(Path directory) throws IOException, InterruptedException {
		return withPackageIn(directory, DRIVER_PACKAGE);
	}

	/**
	 * Installs {@code name@version} under {@code directory} unless an earlier run did.
	 */
	static NodeScripts withPackageIn(Path directory, String packageSpec) throws IOException, InterruptedException {
		Files.createDirectories(directory);
		Finished version = start(List.of("node", "--version"), directory, directory.resolve("node-version"),
				Duration.ofSeconds(30));
		assumeTrue(version.exitCode() == 0, () -> "node does not run: " + version.output());
		String name = packageSpec.substring(0, packageSpec.lastIndexOf('@'));
		if (!Files.isDirectory(directory.resolve("node_modules").resolve(name))) {
			install(directory, packageSpec);
		}
		return new NodeScripts(directory.resolve("node_modules"));
	}

	private static void install(Path directory, String packageSpec) throws IOException, InterruptedException {
		List<String> command = List.of("npm", "install", "--no-audit", "--no-fund", "--update-notifier=false",
				"--prefer-offline", "--fetch-retries=1", "--prefix", directory.toString(), packageSpec);
		Finished install = start(command, directory, directory.resolve("npm-install"), INSTALL_TIMEOUT);
		assumeTrue(install.exitCode() == 0,
				() -> "npm install " + packageSpec + " failed (no registry?): " + install.output());
	}

	/**
	 * Runs {@code node script arguments...}; the script's stdout holds one JSON line per
	 * check.
	 */
	Finished run(Path script, Path workDirectory, Duration timeout, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("node", script.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = builder(command, workDirectory, workDirectory.resolve(nameOf(script)));
		builder.environment().put("NODE_PATH", this.modules.toString());
		return finish(builder, timeout);
	}

	private static String nameOf(Path script) {
		return script.getFileName().toString().replace(".js", "");
	}

	/** Like {@link #finish}, but a command that cannot start at all skips the test. */
	private static Finished start(List<String> command, Path directory, Path output, Duration timeout)
			throws InterruptedException {
		try {
			return finish(builder(command, directory, output), timeout);
		}
		catch (IOException ex) {
			assumeTrue(false, () -> command.get(0) + " is not on the PATH: " + ex.getMessage());
			throw new IllegalStateException(ex);
		}
	}

	private static ProcessBuilder builder(List<String> command, Path directory, Path output) {
		return new ProcessBuilder(command).directory(directory.toFile())
			.redirectOutput(output.resolveSibling(output.getFileName() + ".out").toFile())
			.redirectError(output.resolveSibling(output.getFileName() + ".err").toFile());
	}

	/**
	 * Waits for the process, killing it and its children when it runs longer than
	 * {@code timeout}.
	 */
	private static Finished finish(ProcessBuilder builder, Duration timeout) throws IOException, InterruptedException {
		Process process = builder.start();
		try {
			boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return new Finished(exited ? process.exitValue() : -1, read(builder.redirectOutput().file().toPath()),
					read(builder.redirectError().file().toPath()), !exited);
		}
		finally {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static String read(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file) : "";
	}

	/**
	 * How a process ended: exit code (-1 when it was killed after its timeout) and
	 * output.
	 */
	record Finished(int exitCode, String stdout, String stderr, boolean timedOut) {

		String output() {
			return (this.timedOut ? "[killed after its timeout]\n" : "") + this.stdout + this.stderr;
		}

	}

}
