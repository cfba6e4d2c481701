package io.quire.driver;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A standby of a Quire cluster refused the operation: a write, or a read in
 * {@code read_mode} {@code single} or {@code majority}, which only the primary serves.
 * The operation had no effect. The message names the standby and the primary when one is
 * elected. Retryable: a connection whose {@code target_session_attrs} admit a primary
 * ({@code any}, {@code read-write}, {@code primary}) goes to the primary on its next
 * operation.
 */
public class QuireNotPrimaryException extends QuireOpFailedException {

	private final String server;

	private final @Nullable String primaryName;

	private final @Nullable HostAndPort primary;

	/**
	 * @param server the name of the standby that refused
	 * @param primaryName the primary's name, {@code null} when none is elected
	 * @param primary the primary's driver address, {@code null} when none is elected
	 */
	public QuireNotPrimaryException(String message, List<Object> backtrace, @Nullable String query, String server,
			@Nullable String primaryName, @Nullable HostAndPort primary) {
		super(message, backtrace, query);
		this.server = server;
		this.primaryName = primaryName;
		this.primary = primary;
	}

	/** The name of the standby that refused the operation. */
	public String server() {
		return this.server;
	}

	/** The primary's name, or {@code null} when no primary is elected. */
	public @Nullable String primaryName() {
		return this.primaryName;
	}

	/** The primary's driver address, or {@code null} when no primary is elected. */
	public @Nullable HostAndPort primary() {
		return this.primary;
	}

	/** Always {@code true}: the refused operation had no effect. */
	@Override
	public boolean isRetryable() {
		return true;
	}

}
