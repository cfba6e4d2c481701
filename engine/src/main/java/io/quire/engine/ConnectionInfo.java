package io.quire.engine;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One authenticated client connection of a {@link QuireServer}.
 *
 * @param id the server-wide connection id
 * @param remoteAddress the client's address and port
 * @param user the user the handshake authenticated
 * @param applicationName the {@code application_name} the client sent in its handshake,
 * if any
 * @param connectedAt when the socket was accepted
 */
public record ConnectionInfo(long id, String remoteAddress, String user, @Nullable String applicationName,
		Instant connectedAt) {
}
