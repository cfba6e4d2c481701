/**
 * The V1_0 handshake: its JSON messages and SCRAM-SHA-256 (RFC 5802, RFC 7677) for client
 * and server.
 */
@NullMarked
package io.quire.protocol.handshake;

import org.jspecify.annotations.NullMarked;
