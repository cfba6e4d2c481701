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
 * @param reachable whether this server heard from it lately (always true for itself)
 * @param self whether the member is this server
 */
public record Member(UUID id, String name, String role, String host, int raftPort, int driverPort, boolean reachable,
		boolean self) {

	public Member {
		Objects.requireNonNull(id, "id must not be null");
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(role, "role must not be null");
		Objects.requireNonNull(host, "host must not be null");
	}

	/** {@code host:driverPort}. */
	public String driverAddress() {
		return this.host + ":" + this.driverPort;
	}

}
