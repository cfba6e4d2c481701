package io.quire.driver;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A changefeed was cut because its table became unavailable on the server, as when the
 * primary of a cluster fails over ({@code Changefeed aborted (table unavailable).}).
 * Retryable: open the feed again (on the new primary, or with {@code read_mode}
 * {@code outdated} on a standby); changes made in between are not replayed.
 */
public class QuireFeedAbortedException extends QuireOpFailedException {

	public QuireFeedAbortedException(String message, List<Object> backtrace, @Nullable String query) {
		super(message, backtrace, query);
	}

	/** Always {@code true}: the feed can be opened again. */
	@Override
	public boolean isRetryable() {
		return true;
	}

}
