package io.quire.driver;

import org.jspecify.annotations.Nullable;

/**
 * The server a connection talks to, from the SERVER_INFO reply and the handshake's server
 * hello. {@code role} and {@code readOnly} are Quire's extension; a RethinkDB 2.4 server
 * sends neither and counts as a read-write primary.
 *
 * @param id the server's UUID
 * @param name the server's name ({@code null} for a proxy)
 * @param proxy whether the server is a proxy node
 * @param role {@code primary} or {@code standby}
 * @param readOnly whether the server refuses writes
 * @param version the version the server announced in its handshake hello
 * ({@code server_version})
 */
public record ServerInfo(String id, @Nullable String name, boolean proxy, String role, boolean readOnly,
		String version) {

	/** Whether the server is the primary. */
	public boolean isPrimary() {
		return "primary".equals(this.role);
	}

}
