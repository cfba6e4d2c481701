package io.quire.driver.internal;

import java.util.concurrent.CompletableFuture;

import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import io.quire.driver.QuireAutoReconnectException;
import io.quire.driver.QuireConnectionClosedException;
import io.quire.driver.QuireException;
import io.quire.driver.QuireNotPrimaryException;
import io.quire.driver.QuireServerShutdownException;
import io.quire.driver.ServerInfo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which channel a {@link DefaultConnection}'s next operation goes on: the current one
 * while it is up; a new one when it broke (with {@code auto_reconnect}), after a standby
 * refused an operation and {@code target_session_attrs} admit a primary (the primary the
 * standby named first), or after the server said it shuts down. New channels are opened
 * by a {@link HostSelector} over the options' hosts and the members the cluster view
 * knows; callers that ask meanwhile share the one being opened.
 */
final class ChannelRouter {

	private static final Logger logger = LoggerFactory.getLogger(ChannelRouter.class);

	private final ConnectionOptions options;

	private final ChannelConnector connector;

	private final ClusterView cluster;

	private final Object lock = new Object();

	private volatile @Nullable ConnectionChannel channel;

	private volatile @Nullable CompletableFuture<ConnectionChannel> opening;

	/** A channel to leave on the next operation, though it may still be up. */
	private volatile @Nullable ConnectionChannel leaving;

	private volatile boolean closed;

	ChannelRouter(ConnectionOptions options, ChannelConnector connector, ClusterView cluster) {
		this.options = options;
		this.connector = connector;
		this.cluster = cluster;
	}

	/** The channel for the next operation, opened or re-routed when needed. */
	CompletableFuture<ConnectionChannel> current() {
		if (this.closed) {
			return CompletableFuture.failedFuture(closedException());
		}
		ConnectionChannel current = this.channel;
		if (current != null && current == this.leaving) {
			return open();
		}
		if (current != null && current.isActive()) {
			return CompletableFuture.completedFuture(current);
		}
		if (current != null && !this.options.autoReconnect()) {
			return CompletableFuture.failedFuture(new QuireAutoReconnectException("The connection to "
					+ current.address() + " broke and auto_reconnect is off; call reconnect() or open a new one"));
		}
		return open();
	}

	/** Opens a new channel, unless one is being opened or another caller re-routed. */
	CompletableFuture<ConnectionChannel> open() {
		synchronized (this.lock) {
			CompletableFuture<ConnectionChannel> pending = this.opening;
			if (pending != null && !pending.isDone()) {
				return pending;
			}
			ConnectionChannel current = this.channel;
			if (current != null && current.isActive() && current != this.leaving) {
				// another caller re-routed or reconnected meanwhile
				return CompletableFuture.completedFuture(current);
			}
			CompletableFuture<ConnectionChannel> next = new HostSelector(this.options, this.connector,
					this::brokenException, this.cluster)
				.open()
				.thenApply(this::install);
			this.opening = next;
			return next;
		}
	}

	private ConnectionChannel install(HostSelector.Selected selected) {
		ConnectionChannel previous = this.channel;
		this.channel = selected.channel();
		ServerInfo info = selected.serverInfo();
		if (info != null) {
			this.cluster.learn(info);
		}
		if (previous != null && previous != selected.channel() && previous == this.leaving) {
			this.leaving = null;
			previous.close();
		}
		if (this.closed) {
			selected.channel().close();
			throw closedException();
		}
		return selected.channel();
	}

	/**
	 * A server's error on this channel: after a standby's refusal (unless a standby is
	 * wanted anyway) or a shutdown notice, the next operation goes elsewhere.
	 */
	void refused(ConnectionChannel on, QuireException failure) {
		if (failure instanceof QuireNotPrimaryException notPrimary) {
			leaveStandby(on, notPrimary);
		}
		else if (failure instanceof QuireServerShutdownException) {
			this.leaving = on;
		}
	}

	private void leaveStandby(ConnectionChannel on, QuireNotPrimaryException refusal) {
		if (this.options.targetSessionAttrs().accepts(true, false)) {
			this.cluster.primaryNamed(refusal.primary());
			this.leaving = on;
			logger.debug("{} is a standby ({}); the next operation re-routes", on.address(), refusal.getMessage());
		}
	}

	/**
	 * Before a retry (retry_reads), a broken socket is replaced even without
	 * auto_reconnect.
	 */
	void rerouteIfBroken() {
		ConnectionChannel current = this.channel;
		if (current != null && !current.isActive()) {
			this.leaving = current;
		}
	}

	/** The channel now, if any. */
	@Nullable ConnectionChannel channel() {
		return this.channel;
	}

	/**
	 * Forgets the channel, so the next operation opens one whatever auto_reconnect says.
	 * @return the channel forgotten, for the caller to close
	 */
	@Nullable ConnectionChannel detach() {
		ConnectionChannel current = this.channel;
		this.channel = null;
		return current;
	}

	/** The address of the channel now, or of the first host before any. */
	HostAndPort address() {
		ConnectionChannel current = this.channel;
		return (current != null) ? current.address() : this.options.hosts().get(0);
	}

	void close() {
		this.closed = true;
	}

	boolean isClosed() {
		return this.closed;
	}

	private QuireException brokenException() {
		if (this.closed) {
			return closedException();
		}
		ConnectionChannel current = this.channel;
		String address = (current != null) ? current.address().toString() : this.options.hosts().toString();
		return new QuireAutoReconnectException(
				"The connection to " + address + " broke while the operation was in flight; it was not retried"
						+ (this.options.autoReconnect() ? ", the next operation reconnects" : ""));
	}

	static QuireConnectionClosedException closedException() {
		return new QuireConnectionClosedException("The connection is closed");
	}

}
