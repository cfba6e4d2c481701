package io.quire.driver;

import java.time.Duration;
import java.util.Optional;

/**
 * The rows of a changefeed. {@link #next()} blocks until the server sends a change (a
 * feed has no end unless it was limited, failed or its table was dropped);
 * {@link #next(Duration)} waits at most the given time. The next batch is asked for
 * (CONTINUE) only when the rows received are used up, so a reader that stops reading
 * leaves changes queued on the server, which reports an overflow
 * ({@link ChangeType#ERROR}) past {@code changefeed_queue_size}. Closing sends STOP.
 *
 * @param <T> the type documents are mapped to
 */
public interface ChangeCursor<T> extends Cursor<Change<T>> {

	/**
	 * The next change if one arrives within the timeout, else empty. A wait that timed
	 * out leaves the request for more rows in flight, so no change is lost.
	 * @throws java.util.NoSuchElementException if the feed has ended
	 * @throws QuireException if the feed failed (for example: its table was dropped)
	 */
	Optional<Change<T>> next(Duration timeout);

}
