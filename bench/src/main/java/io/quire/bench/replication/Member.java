package io.quire.bench.replication;

import java.util.ArrayList;
import java.util.List;

import io.quire.bench.ProcessCpu;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.TargetSessionAttrs;

/**
 * A server process the benchmark talks to: its driver port on loopback and its process
 * id, written {@code port:pid} on the command line.
 */
record Member(int port, long pid) {

	/** Members written {@code port:pid,port:pid,...}. */
	static List<Member> parseAll(String list) {
		List<Member> members = new ArrayList<>();
		for (String item : list.split(",")) {
			String[] parts = item.trim().split(":");
			if (parts.length != 2) {
				throw new IllegalArgumentException("expected port:pid, got " + item);
			}
			members.add(new Member(Integer.parseInt(parts[0]), Long.parseLong(parts[1])));
		}
		return members;
	}

	/**
	 * Options that reach whichever of the members takes writes (the primary of a group,
	 * or the single server).
	 */
	static ConnectionOptions writable(List<Member> members) {
		String[] hosts = members.stream().map((member) -> "127.0.0.1:" + member.port()).toArray(String[]::new);
		return ConnectionOptions.builder().hosts(hosts).targetSessionAttrs(TargetSessionAttrs.READ_WRITE).build();
	}

	/** CPU time used so far by every member together, in nanoseconds. */
	static long cpuNanos(List<Member> members) {
		return members.stream().mapToLong((member) -> new ProcessCpu(member.pid(), false).cpuNanos()).sum();
	}

}
