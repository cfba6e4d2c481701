package io.quire.engine;

/**
 * Who runs a query: the authenticated user and the connection it came on.
 *
 * @param user the user name fixed by the handshake
 * @param connectionId the server-wide id of the connection
 * @param clientAddress the peer address, for logs and the connection list
 */
public record QuerySession(String user, long connectionId, String clientAddress) {
}
