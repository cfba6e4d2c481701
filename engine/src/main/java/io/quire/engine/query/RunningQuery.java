package io.quire.engine.query;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A query the server is running: a START being evaluated, or the open cursor it left.
 *
 * @param connectionId the server-wide id of the client connection
 * @param token the query's token on that connection
 * @param user who runs it
 * @param clientAddress the peer address of the connection
 * @param term the query term as parsed from JSON
 * @param startedAt when the START arrived
 */
public record RunningQuery(long connectionId, long token, String user, String clientAddress, @Nullable Object term,
		Instant startedAt) {
}
