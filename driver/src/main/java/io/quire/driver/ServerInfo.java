package io.quire.driver;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The server a connection talks to, from the SERVER_INFO reply and the handshake's server
 * hello. {@code role}, {@code readOnly} and {@code members} are Quire's extension; a
 * RethinkDB 2.4 server sends none of them and counts as a read-write primary with no
 * members listed.
 *
 * @param id the server's UUID
 * @param name the server's name ({@code null} for a proxy)
 * @param proxy whether the server is a proxy node
 * @param role {@code primary}, {@code standby}, or {@code removed} for a former member of
 * a group that no longer keeps its data up to date
 * @param readOnly whether the server refuses writes
 * @param version the version the server announced in its handshake hello
 * ({@code server_version})
 * @param members the members of the server's cluster as the server knows them, itself
 * included (a single server lists only itself); empty when the server sent none
 */
public record ServerInfo(String id, @Nullable String name, boolean proxy, String role, boolean readOnly, String version,
		List<Member> members) {

	public ServerInfo {
		members = List.copyOf(members);
	}

	/** A server info without members, as a RethinkDB server gives. */
	public ServerInfo(String id, @Nullable String name, boolean proxy, String role, boolean readOnly, String version) {
		this(id, name, proxy, role, readOnly, version, List.of());
	}

	/** Whether the server is the primary. */
	public boolean isPrimary() {
		return "primary".equals(this.role);
	}

	/**
	 * Whether the server was removed from its group: it refuses reads of user tables, so
	 * only {@code target_session_attrs=any} connects to it.
	 */
	public boolean isRemoved() {
		return "removed".equals(this.role);
	}

	/**
	 * One member of a cluster.
	 *
	 * @param id the member's server id ({@code null} when the server did not say)
	 * @param name the member's server name
	 * @param address where drivers reach it
	 * @param role {@code primary} or {@code standby}
	 * @param reachable whether the server that listed it heard from it lately (a server
	 * that does not say counts its members reachable)
	 */
	public record Member(@Nullable String id, String name, HostAndPort address, String role, boolean reachable) {

		/** A reachable member whose id the server did not give. */
		public Member(String name, HostAndPort address, String role) {
			this(null, name, address, role, true);
		}

		/** Whether the member is the primary. */
		public boolean isPrimary() {
			return "primary".equals(this.role);
		}

	}

}
