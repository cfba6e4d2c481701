package io.quire.spring.boot.autoconfigure.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.HostAndPort;
import io.quire.driver.ServerInfo;

/**
 * The one cheap round trip behind the Quire health indicators: borrow a connection, ask
 * for the server's identity (SERVER_INFO, which needs no privileges: name, role and the
 * cluster's members), give the connection back. Never fans out per database.
 */
final class ServerCheck {

	private final ConnectionFactory connectionFactory;

	ServerCheck(ConnectionFactory connectionFactory) {
		this.connectionFactory = connectionFactory;
	}

	/**
	 * Start the check; the blocking round trip runs on the common pool, off the driver's
	 * event loop (set {@code quire.network-timeout} to bound it there too). The future is
	 * never cancelled by the indicators, so that a connection borrowed late still goes
	 * back to its pool.
	 * @return the health details once the server answered
	 */
	CompletableFuture<Map<String, Object>> start() {
		return this.connectionFactory.connectAsync().thenApplyAsync(this::details, ForkJoinPool.commonPool());
	}

	/**
	 * Run the check and wait for it.
	 * @param timeout the longest wait
	 * @return the health details
	 * @throws Exception the failure of the check, unwrapped, or a
	 * {@link java.util.concurrent.TimeoutException}
	 */
	Map<String, Object> run(Duration timeout) throws Exception {
		CompletableFuture<Map<String, Object>> check = start();
		try {
			return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw unwrap(ex);
		}
	}

	private Map<String, Object> details(Connection connection) {
		Map<String, Object> details = new LinkedHashMap<>();
		try (connection) {
			ServerInfo server = connection.serverInfo();
			details.put("database", connection.db());
			details.put("server", (server.name() != null) ? server.name() : server.id());
			details.put("version", server.version());
			details.put("role", server.role());
			details.put("readOnly", server.readOnly());
			details.put("address", new HostAndPort(connection.host(), connection.port()).toString());
			if (!server.members().isEmpty()) {
				details.put("members", server.members().stream().map(ServerCheck::member).toList());
			}
		}
		PoolDetails.add(this.connectionFactory, details);
		return details;
	}

	private static Map<String, Object> member(ServerInfo.Member member) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (member.id() != null) {
			details.put("id", member.id());
		}
		details.put("name", member.name());
		details.put("address", member.address().toString());
		details.put("role", member.role());
		details.put("reachable", member.reachable());
		return details;
	}

	static Exception unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof ExecutionException || cause instanceof CompletionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return (cause instanceof Exception exception) ? exception : new IllegalStateException(cause);
	}

}
