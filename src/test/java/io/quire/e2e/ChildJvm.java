package io.quire.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An executable jar running in its own JVM, with its output in a log file, that a test
 * can kill with SIGKILL, stop with SIGTERM, or freeze with SIGSTOP and resume.
 */
final class ChildJvm implements AutoCloseable {

	private static final long STOP_TIMEOUT_SECONDS = 60;

	private final Process process;

	private final Path log;

	private ChildJvm(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts {@code java -jar jar arguments...} in {@code workDirectory}, appending its
	 * output to {@code <name>.log} there.
	 */
	static ChildJvm start(Path jar, List<String> arguments, Path workDirectory, String name) throws IOException {
		return start(jar, List.of(), arguments, workDirectory, name);
	}

	/**
	 * Starts {@code java jvmOptions... -jar jar arguments...} in {@code workDirectory},
	 * appending its output to {@code <name>.log} there.
	 */
	static ChildJvm start(Path jar, List<String> jvmOptions, List<String> arguments, Path workDirectory, String name)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:TieredStopAtLevel=1"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString()));
		command.addAll(arguments);
		return run(new ProcessBuilder(command), workDirectory, name);
	}

	/**
	 * Runs a launcher script (which ends by exec-ing java) with {@code arguments} and
	 * extra {@code environment} in {@code workDirectory}, appending its output to
	 * {@code <name>.log} there.
	 */
	static ChildJvm startLauncher(Path script, Map<String, String> environment, List<String> arguments,
			Path workDirectory, String name) throws IOException {
		List<String> command = new ArrayList<>(List.of(script.toString()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		return run(builder, workDirectory, name);
	}

	private static ChildJvm run(ProcessBuilder builder, Path workDirectory, String name) throws IOException {
		Path log = workDirectory.resolve(name + ".log");
		Process process = builder.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.directory(workDirectory.toFile())
			.start();
		return new ChildJvm(process, log);
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** Sends SIGKILL: no shutdown hook runs, nothing is flushed. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Process " + this.process.pid() + " survived SIGKILL");
		}
	}

	/**
	 * Sends SIGSTOP: the process freezes with its sockets open, as in a long GC pause or
	 * a hung machine, until {@link #resume()}.
	 */
	void pause() throws InterruptedException {
		signal("STOP");
	}

	/** Sends SIGCONT to a process {@link #pause() paused} before. */
	void resume() throws InterruptedException {
		signal("CONT");
	}

	private void signal(String name) throws InterruptedException {
		long pid = this.process.toHandle().pid();
		try {
			Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
			if (!kill.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS) || kill.exitValue() != 0) {
				throw new IllegalStateException("kill -" + name + " " + pid + " failed");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends SIGTERM, as {@code kill} and {@code docker stop} do, and returns the exit
	 * code.
	 */
	int terminate() throws InterruptedException {
		this.process.destroy();
		return awaitExit();
	}

	/** Waits for the process to end on its own and returns its exit code. */
	int awaitExit() throws InterruptedException {
		if (!this.process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			throw new IllegalStateException(
					"Process " + this.process.pid() + " did not exit within " + STOP_TIMEOUT_SECONDS + "s:\n" + log());
		}
		return this.process.exitValue();
	}

	/** Fails with the log when the process has already exited. */
	void assertAlive() {
		if (!this.process.isAlive()) {
			throw new IllegalStateException("The process exited with " + this.process.exitValue() + ":\n" + log());
		}
	}

	String log() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops the process with SIGTERM, then SIGKILL if it does not exit in time. */
	@Override
	public void close() throws InterruptedException {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		if (!this.process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			kill();
		}
	}

}
