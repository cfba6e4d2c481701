package io.quire.driver.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.channel.Channel;
import io.quire.driver.HostAndPort;
import io.quire.driver.QuireTimeoutException;
import io.quire.protocol.codec.Frame;
import org.jspecify.annotations.Nullable;

/**
 * An authenticated socket to one server: writes query frames and hands back the future of
 * each response, bounded by the network timeout when there is one.
 */
public final class ConnectionChannel {

	private final Channel channel;

	private final ResponseRouter router;

	private final HostAndPort address;

	private final String serverVersion;

	private final @Nullable Duration networkTimeout;

	ConnectionChannel(Channel channel, ResponseRouter router, HostAndPort address, String serverVersion,
			@Nullable Duration networkTimeout) {
		this.channel = channel;
		this.router = router;
		this.address = address;
		this.serverVersion = serverVersion;
		this.networkTimeout = networkTimeout;
	}

	/** The Netty channel, for tests. */
	Channel channel() {
		return this.channel;
	}

	/** The server this channel is connected to. */
	public HostAndPort address() {
		return this.address;
	}

	/** The version the server sent in its hello. */
	public String serverVersion() {
		return this.serverVersion;
	}

	/** Whether the socket is still open. */
	public boolean isActive() {
		return this.channel.isActive();
	}

	/** Queries waiting for a response. */
	public int pendingCount() {
		return this.router.pendingCount();
	}

	/**
	 * Send a query and wait for its response; fails on network timeout or when the socket
	 * closes.
	 */
	public CompletableFuture<Response> send(long token, byte[] body) {
		CompletableFuture<Response> response = sendWithoutTimeout(token, body);
		Duration timeout = this.networkTimeout;
		if (timeout != null && !response.isDone()) {
			bound(token, response, timeout, "No response from " + this.address + " within the network timeout of "
					+ timeout.toMillis() + " ms");
		}
		return response;
	}

	/**
	 * Send a query and wait at most {@code timeout} for its response, failing with
	 * {@code timeoutMessage} after that.
	 */
	public CompletableFuture<Response> sendWithin(long token, byte[] body, Duration timeout, String timeoutMessage) {
		CompletableFuture<Response> response = sendWithoutTimeout(token, body);
		if (!response.isDone()) {
			bound(token, response, timeout, timeoutMessage);
		}
		return response;
	}

	/**
	 * Send a query whose response may take as long as it needs (a changefeed's CONTINUE).
	 */
	public CompletableFuture<Response> sendWithoutTimeout(long token, byte[] body) {
		CompletableFuture<Response> response = this.router.register(token);
		this.channel.writeAndFlush(new Frame(token, body)).addListener((written) -> {
			if (!written.isSuccess()) {
				this.router.forget(token);
				response.completeExceptionally(
						new io.quire.driver.QuireAutoReconnectException(
								"Cannot send the query to " + this.address
										+ ", the connection broke; it was not retried: " + written.cause(),
								written.cause()));
			}
		});
		return response;
	}

	/** Send a query that gets no response (noreply, or STOP); completes when written. */
	public CompletableFuture<Void> sendWithoutResponse(long token, byte[] body) {
		CompletableFuture<Void> written = new CompletableFuture<>();
		this.channel.writeAndFlush(new Frame(token, body)).addListener((result) -> {
			if (result.isSuccess()) {
				written.complete(null);
			}
			else {
				written.completeExceptionally(
						new io.quire.driver.QuireAutoReconnectException(
								"Cannot send the query to " + this.address
										+ ", the connection broke; it was not retried: " + result.cause(),
								result.cause()));
			}
		});
		return written;
	}

	/**
	 * Fail when called on this channel's event loop, where waiting for a response would
	 * never end.
	 * @throws IllegalStateException on the event loop thread
	 */
	public void checkMayBlock() {
		if (this.channel.eventLoop().inEventLoop()) {
			throw new IllegalStateException("Cannot wait for the server on a Netty event loop thread; "
					+ "use the async methods or continue with thenApplyAsync");
		}
	}

	/** Close the socket; queries in flight fail. */
	public CompletableFuture<Void> close() {
		CompletableFuture<Void> closed = new CompletableFuture<>();
		this.channel.close().addListener((result) -> closed.complete(null));
		return closed;
	}

	private void bound(long token, CompletableFuture<Response> response, Duration timeout, String message) {
		ScheduledFuture<?> timer = this.channel.eventLoop().schedule(() -> {
			this.router.forget(token);
			response.completeExceptionally(new QuireTimeoutException(message));
		}, timeout.toNanos(), TimeUnit.NANOSECONDS);
		response.whenComplete((result, failure) -> timer.cancel(false));
	}

}
