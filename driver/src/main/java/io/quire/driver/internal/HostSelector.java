package io.quire.driver.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import io.quire.driver.QuireAuthenticationException;
import io.quire.driver.QuireConnectionException;
import io.quire.driver.QuireException;
import io.quire.driver.QuireProtocolException;
import io.quire.driver.ServerInfo;
import io.quire.driver.SslMode;
import io.quire.driver.TargetSessionAttrs;
import io.quire.protocol.QueryType;
import io.quire.protocol.ResponseType;
import org.jspecify.annotations.Nullable;

/**
 * Opens a connection to the first host that answers and fits
 * {@code target_session_attrs}: the candidates of the {@link ClusterView} (the hosts
 * given plus the members learned) are tried in order, each within the connect timeout;
 * with {@code sslmode} allow or prefer a failed attempt is retried in the other mode. The
 * role comes from SERVER_INFO; {@code prefer-standby} falls back to the first server that
 * answered. A Quire server is asked even with {@code any}, to learn its cluster's
 * members.
 */
public final class HostSelector {

	/** The token of the SERVER_INFO probe; queries of the connection start at 1. */
	static final long PROBE_TOKEN = 0;

	private static final byte[] SERVER_INFO_QUERY = ("[" + QueryType.SERVER_INFO.value() + "]")
		.getBytes(StandardCharsets.US_ASCII);

	private final ConnectionOptions options;

	private final ChannelConnector connector;

	private final Supplier<QuireException> closedFailure;

	private final ClusterView cluster;

	private final List<HostAndPort> candidates;

	/** A connected server and, when it was asked, its identity. */
	public record Selected(ConnectionChannel channel, @Nullable ServerInfo serverInfo) {
	}

	public HostSelector(ConnectionOptions options, ChannelConnector connector, Supplier<QuireException> closedFailure,
			ClusterView cluster) {
		this.options = options;
		this.connector = connector;
		this.closedFailure = closedFailure;
		this.cluster = cluster;
		this.candidates = cluster.candidates();
	}

	/** Connect to the first fitting host. */
	public CompletableFuture<Selected> open() {
		return attempt(0, null, new ArrayList<>());
	}

	private CompletableFuture<Selected> attempt(int index, @Nullable Selected fallback, List<Throwable> failures) {
		List<HostAndPort> hosts = this.candidates;
		if (index == hosts.size()) {
			return (fallback != null) ? CompletableFuture.completedFuture(fallback)
					: CompletableFuture.failedFuture(noHost(failures));
		}
		HostAndPort address = hosts.get(index);
		long started = System.nanoTime();
		return connectWithSslFallback(address).thenCompose((channel) -> withRole(channel, started))
			.handle((selected, failure) -> {
				if (failure != null) {
					failures.add(Futures.unwrap(failure));
					this.cluster.unreachable(address);
					return attempt(index + 1, fallback, failures);
				}
				return choose(selected, index, fallback, failures);
			})
			.thenCompose((next) -> next);
	}

	private CompletableFuture<Selected> choose(Selected selected, int index, @Nullable Selected fallback,
			List<Throwable> failures) {
		TargetSessionAttrs attrs = this.options.targetSessionAttrs();
		ServerInfo info = selected.serverInfo();
		if (attrs == TargetSessionAttrs.ANY || (info != null && attrs.accepts(info))) {
			if (fallback != null) {
				fallback.channel().close();
			}
			return CompletableFuture.completedFuture(selected);
		}
		failures.add(new QuireConnectionException(selected.channel().address() + " is " + describe(info)
				+ ", which does not fit target_session_attrs=" + attrs.value()));
		if (attrs == TargetSessionAttrs.PREFER_STANDBY && fallback == null) {
			return attempt(index + 1, selected, failures);
		}
		selected.channel().close();
		return attempt(index + 1, fallback, failures);
	}

	private CompletableFuture<ConnectionChannel> connectWithSslFallback(HostAndPort address) {
		SslMode mode = this.options.tls().mode();
		CompletableFuture<ConnectionChannel> first = this.connector.connect(address, mode.tlsFirst(),
				this.closedFailure);
		if (mode != SslMode.ALLOW && mode != SslMode.PREFER) {
			return first;
		}
		return first.handle((channel, failure) -> {
			if (failure == null || Futures.unwrap(failure) instanceof QuireAuthenticationException) {
				return (failure == null) ? CompletableFuture.completedFuture(channel)
						: CompletableFuture.<ConnectionChannel>failedFuture(Futures.unwrap(failure));
			}
			return this.connector.connect(address, !mode.tlsFirst(), this.closedFailure);
		}).thenCompose((next) -> next);
	}

	/**
	 * Ask the server its role within what is left of the connect timeout (and the network
	 * timeout, if shorter): the probe is part of opening the connection.
	 */
	private CompletableFuture<Selected> withRole(ConnectionChannel channel, long started) {
		boolean any = this.options.targetSessionAttrs() == TargetSessionAttrs.ANY;
		if (any && !isQuire(channel)) {
			return CompletableFuture.completedFuture(new Selected(channel, null));
		}
		CompletableFuture<Selected> probed = probe(channel, started)
			.thenApply((response) -> toServerInfo(response, channel.serverVersion()))
			.thenApply((info) -> new Selected(channel, info));
		if (any) {
			// with any, the members are a bonus: a server that cannot say keeps its place
			return probed.exceptionally((failure) -> new Selected(channel, null));
		}
		return probed.whenComplete((selected, failure) -> {
			if (failure != null) {
				channel.close();
			}
		});
	}

	/**
	 * Whether the server announced itself as Quire, which lists its cluster's members.
	 */
	private static boolean isQuire(ConnectionChannel channel) {
		return channel.serverVersion().contains("-quire-");
	}

	private CompletableFuture<Response> probe(ConnectionChannel channel, long started) {
		Duration connectTimeout = this.options.connectTimeout();
		if (connectTimeout == null) {
			return channel.send(PROBE_TOKEN, SERVER_INFO_QUERY);
		}
		Duration left = connectTimeout.minusNanos(System.nanoTime() - started);
		Duration networkTimeout = this.options.networkTimeout();
		if (networkTimeout != null && networkTimeout.compareTo(left) < 0) {
			return channel.send(PROBE_TOKEN, SERVER_INFO_QUERY);
		}
		return channel.sendWithin(PROBE_TOKEN, SERVER_INFO_QUERY, left.isNegative() ? Duration.ZERO : left,
				"Opening a connection to " + channel.address() + " timed out after " + connectTimeout.toMillis()
						+ " ms (TCP, TLS, handshake and the role probe of target_session_attrs="
						+ this.options.targetSessionAttrs().value() + "; connect_timeout)");
	}

	/** Ask the server for its identity on the channel. */
	public static CompletableFuture<ServerInfo> serverInfo(ConnectionChannel channel, long token) {
		return channel.send(token, SERVER_INFO_QUERY)
			.thenApply((response) -> toServerInfo(response, channel.serverVersion()));
	}

	static ServerInfo toServerInfo(Response response, String serverVersion) {
		if (response.type() != ResponseType.SERVER_INFO || response.data().isEmpty()
				|| !(response.data().get(0) instanceof Map<?, ?> info)) {
			if (response.type().isError()) {
				throw ExceptionFactory.of(response, null);
			}
			throw new QuireProtocolException("Unexpected reply to SERVER_INFO: " + response);
		}
		Object name = info.get("name");
		Object role = info.get("role");
		return new ServerInfo(String.valueOf(info.get("id")), (name != null) ? name.toString() : null,
				Boolean.TRUE.equals(info.get("proxy")), (role != null) ? role.toString() : "primary",
				Boolean.TRUE.equals(info.get("read_only")), serverVersion, members(info.get("members")));
	}

	/**
	 * The {@code members} list of {@code {id, name, host, port, role, reachable}} (id and
	 * reachable optional); entries it cannot read are skipped.
	 */
	private static List<ServerInfo.Member> members(@Nullable Object value) {
		List<ServerInfo.Member> members = new ArrayList<>();
		if (value instanceof List<?> list) {
			for (Object entry : list) {
				ServerInfo.Member member = (entry instanceof Map<?, ?> map) ? member(map) : null;
				if (member != null) {
					members.add(member);
				}
			}
		}
		return members;
	}

	private static ServerInfo.@Nullable Member member(Map<?, ?> member) {
		if (!(member.get("host") instanceof String host) || !(member.get("port") instanceof Number port)) {
			return null;
		}
		Object role = member.get("role");
		Object id = member.get("id");
		try {
			return new ServerInfo.Member((id != null) ? id.toString() : null, String.valueOf(member.get("name")),
					new HostAndPort(host, port.intValue()), (role != null) ? role.toString() : "primary",
					!Boolean.FALSE.equals(member.get("reachable")));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String describe(@Nullable ServerInfo info) {
		if (info == null) {
			return "of unknown role";
		}
		if (info.isRemoved()) {
			return "a server removed from its group";
		}
		return "a " + (info.readOnly() ? "read-only " : "read-write ") + info.role();
	}

	private QuireException noHost(List<Throwable> failures) {
		if (failures.size() == 1 && failures.get(0) instanceof QuireException only) {
			return only;
		}
		for (Throwable failure : failures) {
			if (failure instanceof QuireAuthenticationException authentication) {
				return authentication;
			}
		}
		StringBuilder message = new StringBuilder("Could not open a connection to any of ").append(this.candidates);
		failures.forEach((failure) -> message.append("; ").append(failure.getMessage()));
		QuireConnectionException exception = new QuireConnectionException(message.toString(),
				failures.isEmpty() ? null : failures.get(failures.size() - 1));
		failures.forEach(exception::addSuppressed);
		return exception;
	}

}
