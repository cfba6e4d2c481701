package io.quire.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Counts the {@code fsync} and {@code fdatasync} calls of server processes with
 * {@code perf stat} on their syscall tracepoints, while a cell runs. Unavailable (count
 * -1) when perf is missing or not allowed.
 */
final class FsyncCounter implements AutoCloseable {

	private final Process perf;

	private FsyncCounter(Process perf) {
		this.perf = perf;
	}

	/** Start counting for the processes. */
	static FsyncCounter start(List<Long> pids) throws IOException {
		String list = pids.stream().map(String::valueOf).collect(Collectors.joining(","));
		Process perf = new ProcessBuilder("perf", "stat", "-x,", "-e",
				"syscalls:sys_enter_fsync,syscalls:sys_enter_fdatasync", "-p", list)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		sleep(300);
		return new FsyncCounter(perf);
	}

	/** Stop and give the number of calls seen, or -1 if perf gave none. */
	long stop() {
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(this.perf.pid())).start().waitFor(5, TimeUnit.SECONDS);
			if (!this.perf.waitFor(10, TimeUnit.SECONDS)) {
				return -1;
			}
			return parse(new String(this.perf.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** The sum of the counts in perf's CSV lines ({@code count,,event,...}). */
	static long parse(String output) {
		long total = -1;
		for (String line : output.split("\n")) {
			String[] fields = line.split(",");
			if (fields.length > 2 && fields[2].startsWith("syscalls:") && fields[0].chars().allMatch(Character::isDigit)
					&& !fields[0].isEmpty()) {
				total = Math.max(total, 0) + Long.parseLong(fields[0]);
			}
		}
		return total;
	}

	@Override
	public void close() {
		this.perf.destroyForcibly();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
