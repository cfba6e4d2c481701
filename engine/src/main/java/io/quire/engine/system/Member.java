package io.quire.engine.system;

import java.util.Objects;
import java.util.UUID;

/**
 * One member of a replicated group as this server knows it, for the system tables.
 *
 * @param id the member's server id, the same on every member
 * @param name its name ({@code name} of {@code server_status})
 * @param role {@code primary} or {@code standby}
 * @param host the host its ports listen on
 * @param raftPort the port the other members reach it on
 * @param driverPort the port clients reach it on
 * @param reachable whether this server (or, on a standby, the primary) heard from it
 * lately; always true for itself
 * @param self whether the member is this server
 * @param lagEntries how many committed log entries it has not yet confirmed or applied,
 * -1 when unknown
 * @param heardMillisAgo milliseconds since its last answer (0 for itself), -1 when
 * unknown
 */
public record Member(UUID id, String name, String role, String host, int raftPort, int driverPort, boolean reachable,
		boolean self, long lagEntries, long heardMillisAgo) {

	public Member {
		Objects.requireNonNull(id, "id must not be null");
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(role, "role must not be null");
		Objects.requireNonNull(host, "host must not be null");
	}

	/** A member whose lag is unknown. */
	public Member(UUID id, String name, String role, String host, int raftPort, int driverPort, boolean reachable,
			boolean self) {
		this(id, name, role, host, raftPort, driverPort, reachable, self, -1, self ? 0 : -1);
	}

	/** {@code host:driverPort}. */
	public String driverAddress() {
		return this.host + ":" + this.driverPort;
	}

}
