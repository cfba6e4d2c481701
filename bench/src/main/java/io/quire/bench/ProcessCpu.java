package io.quire.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time of a server process from {@code /proc/<pid>/stat} (user + system, every
 * thread), plus that of its direct children when asked (PostgreSQL's backends are child
 * processes). Gives 0 where {@code /proc} is missing.
 */
public final class ProcessCpu {

	private static final long NANOS_PER_TICK = 1_000_000_000L / Long.getLong("bench.clockTicks", 100);

	private final long pid;

	private final boolean withChildren;

	/** The CPU clock of {@code pid}, and of its children if {@code withChildren}. */
	public ProcessCpu(long pid, boolean withChildren) {
		this.pid = pid;
		this.withChildren = withChildren;
	}

	/** The process id measured. */
	public long pid() {
		return this.pid;
	}

	/** CPU time used so far, in nanoseconds. */
	public long cpuNanos() {
		long ticks = ticks(this.pid);
		if (this.withChildren) {
			for (long child : children(this.pid)) {
				ticks += ticks(child);
			}
		}
		return ticks * NANOS_PER_TICK;
	}

	/** The process and, if asked, its children: the ids to watch with {@code perf -p}. */
	public List<Long> pids() {
		if (!this.withChildren) {
			return List.of(this.pid);
		}
		List<Long> all = new java.util.ArrayList<>(children(this.pid));
		all.add(0, this.pid);
		return all;
	}

	static long ticks(long pid) {
		String[] fields = statFields(pid);
		return (fields.length > 14) ? Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : 0;
	}

	static List<Long> children(long parent) {
		try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
			return entries.map((entry) -> entry.getFileName().toString())
				.filter((name) -> name.chars().allMatch(Character::isDigit))
				.map(Long::parseLong)
				.filter((pid) -> parentOf(pid) == parent)
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static long parentOf(long pid) {
		String[] fields = statFields(pid);
		return (fields.length > 3) ? Long.parseLong(fields[3]) : -1;
	}

	/**
	 * The fields of the stat line, numbered from 0 as in proc(5) minus one; the name is
	 * skipped safely.
	 */
	private static String[] statFields(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			int end = stat.lastIndexOf(')');
			return ("x x" + stat.substring(end + 1)).trim().split("\\s+");
		}
		catch (IOException | RuntimeException ex) {
			return new String[0];
		}
	}

}
