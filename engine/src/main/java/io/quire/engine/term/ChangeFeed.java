package io.quire.engine.term;

import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Change;
import io.quire.engine.catalog.ChangeListener;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a changefeed: change objects queued by the table's writers and read by the
 * cursor. Reading blocks until a change arrives, unless the reading thread asked not to
 * wait (the cursor does so once a batch has rows), in which case an empty queue throws
 * {@link Pause}.
 */
final class ChangeFeed implements Iterator<@Nullable Object>, ChangeListener, AutoCloseable {

	private static final ThreadLocal<Boolean> NON_BLOCKING = ThreadLocal.withInitial(() -> false);

	private final LinkedList<Object> queue = new LinkedList<>();

	private final Predicate<Map<String, Object>> members;

	private final FeedOptions options;

	private final FeedTransform transform;

	private @Nullable AutoCloseable subscription;

	private boolean closed;

	private @Nullable QueryException failure;

	private long skipped;

	/**
	 * When the oldest unread change was queued ({@link System#nanoTime()}), for
	 * {@code squash: N}.
	 */
	private long oldestQueuedAt;

	/**
	 * @param members which documents belong to the watched selection: a change is seen
	 * through it, so a document leaving the selection shows as removed and one entering
	 * it as added
	 * @param options the feed's options
	 */
	ChangeFeed(Predicate<Map<String, Object>> members, FeedOptions options) {
		this(members, options, FeedTransform.NONE);
	}

	/**
	 * @param transform what {@code map}/{@code pluck}/{@code without} over the selection
	 * show of each document; applied as rows are read, so squashing still sees whole
	 * documents
	 */
	ChangeFeed(Predicate<Map<String, Object>> members, FeedOptions options, FeedTransform transform) {
		this.members = members;
		this.options = options;
		this.transform = transform;
	}

	/**
	 * Thrown by {@link #hasNext()} when the queue is empty and the reader must not wait.
	 */
	static final class Pause extends RuntimeException {

		static final Pause INSTANCE = new Pause();

		private Pause() {
			super("changefeed has no change ready", null, false, false);
		}

	}

	/** Whether reads on this thread may wait for a change. */
	static void nonBlocking(boolean nonBlocking) {
		NON_BLOCKING.set(nonBlocking);
	}

	void subscribe(Table table) {
		this.subscription = table.subscribe(this);
	}

	/**
	 * Takes changes from another listener (an ordered, limited feed) instead of the
	 * table.
	 */
	void subscribe(Table table, ChangeListener source) {
		this.subscription = table.subscribe(source);
	}

	/**
	 * Queues a change of an {@code orderBy.limit} window computed elsewhere; with
	 * {@code squash}, folded into the unread change it continues.
	 */
	synchronized void offer(Map<String, Object> changeObject) {
		if (this.closed || (this.options.squash() && foldWindowChange(changeObject))) {
			return;
		}
		if (this.queue.size() >= this.options.queueSize()) {
			this.skipped++;
			return;
		}
		queue(changeObject);
	}

	/** Puts rows ahead of every queued live change (initial values and states). */
	synchronized void offerInitial(List<Object> rows) {
		for (int i = rows.size() - 1; i >= 0; i--) {
			this.queue.addFirst(rows.get(i));
		}
		notifyAll();
	}

	@Override
	public synchronized void onChange(Table table, Change change) {
		Change seen = new Change(member(change.oldValue()), member(change.newValue()));
		if (this.closed || seen.isUnchanged() || !this.transform.changesValue(seen.oldValue(), seen.newValue())) {
			return;
		}
		change = seen;
		if (this.options.squash() && squash(table.primaryKey(), change)) {
			return;
		}
		if (this.queue.size() >= this.options.queueSize()) {
			this.skipped++;
			return;
		}
		queue(this.options.changeObject(change.oldValue(), change.newValue()));
	}

	private void queue(Map<String, Object> changeObject) {
		if (this.queue.isEmpty()) {
			this.oldestQueuedAt = System.nanoTime();
		}
		this.queue.addLast(changeObject);
		notifyAll();
	}

	private @Nullable Map<String, Object> member(@Nullable Map<String, Object> document) {
		return (document != null && this.members.test(document)) ? document : null;
	}

	/**
	 * Folds a change into a queued, unread change of the same document: the older
	 * {@code old_val} with the newer {@code new_val} (both gone when the document is back
	 * as it was).
	 */
	private boolean squash(String primaryKey, Change change) {
		Object key = documentKey(primaryKey, change.newValue(), change.oldValue());
		ListIterator<Object> pending = this.queue.listIterator(this.queue.size());
		while (pending.hasPrevious()) {
			if (pending.previous() instanceof Map<?, ?> queued && queued.containsKey("old_val")
					&& Datums.equal(key, documentKey(primaryKey, queued.get("new_val"), queued.get("old_val")))) {
				Object oldValue = queued.get("old_val");
				if (Datums.equal(oldValue, change.newValue())) {
					pending.remove();
				}
				else {
					@SuppressWarnings("unchecked")
					Map<String, Object> old = (Map<String, Object>) oldValue;
					pending.set(this.options.changeObject(old, change.newValue()));
				}
				return true;
			}
		}
		return false;
	}

	/**
	 * Squashes a window change as RethinkDB squashes limit feeds: a change whose leaving
	 * row is the entering row of an unread change continues it (a row that entered and
	 * left again, or a removal then an entry, both {@code null}), and a change that ends
	 * where it began is dropped.
	 */
	private boolean foldWindowChange(Map<String, Object> change) {
		ListIterator<Object> pending = this.queue.listIterator();
		while (pending.hasNext()) {
			if (pending.next() instanceof Map<?, ?> queued && queued.containsKey("old_val")
					&& Datums.equal(queued.get("new_val"), change.get("old_val"))) {
				Map<String, Object> folded = this.options.changeObject(document(queued.get("old_val")),
						document(change.get("new_val")));
				if (queued.containsKey("old_offset")) {
					folded.put("old_offset", queued.get("old_offset"));
					folded.put("new_offset", change.get("new_offset"));
				}
				if (isNoChange(folded)) {
					pending.remove();
				}
				else {
					pending.set(folded);
				}
				return true;
			}
		}
		return false;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, Object> document(@Nullable Object value) {
		return (Map<String, Object>) value;
	}

	private static boolean isNoChange(Map<String, Object> change) {
		return Datums.equal(change.get("old_val"), change.get("new_val"))
				&& Datums.equal(change.get("old_offset"), change.get("new_offset"));
	}

	private static @Nullable Object documentKey(String primaryKey, @Nullable Object document,
			@Nullable Object fallback) {
		Object present = (document != null) ? document : fallback;
		return (present instanceof Map<?, ?> map) ? map.get(primaryKey) : null;
	}

	@Override
	public synchronized void onDropped(Table table) {
		this.failure = QueryException
			.opFailed("Changefeed aborted (table `" + table.database() + "." + table.name() + "` was dropped).");
		notifyAll();
	}

	/** Ends the feed with the error RethinkDB gives when a table's primary is lost. */
	@Override
	public synchronized void onUnavailable(Table table) {
		this.failure = QueryException.opFailed("Changefeed aborted (table unavailable).");
		notifyAll();
	}

	@Override
	public synchronized boolean hasNext() {
		while (this.queue.isEmpty() && this.skipped == 0 && !this.closed && this.failure == null) {
			if (NON_BLOCKING.get()) {
				throw Pause.INSTANCE;
			}
			try {
				wait(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		if (this.failure != null && this.queue.isEmpty()) {
			throw this.failure;
		}
		if (!NON_BLOCKING.get()) {
			awaitSquashWindow();
		}
		return !this.closed || !this.queue.isEmpty();
	}

	/**
	 * With {@code squash: N}, a waiting reader lets the oldest unread change age N
	 * seconds, folding in later ones.
	 */
	private void awaitSquashWindow() {
		long deadline = this.oldestQueuedAt + this.options.squashNanos();
		while (this.options.squashNanos() > 0 && !this.queue.isEmpty() && !this.closed && this.failure == null) {
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				return;
			}
			try {
				wait(Math.max(1, remaining / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public synchronized @Nullable Object next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		if (this.skipped > 0) {
			Map<String, Object> overflow = Datums.object("error",
					"Changefeed cache over array size limit, skipped " + this.skipped + " elements.");
			this.skipped = 0;
			return overflow;
		}
		return this.transform.row(this.queue.pollFirst());
	}

	@Override
	public void close() {
		synchronized (this) {
			this.closed = true;
			this.queue.clear();
			notifyAll();
		}
		if (this.subscription != null) {
			try {
				this.subscription.close();
			}
			catch (Exception ex) {
				// unsubscribing cannot fail in a way the client cares about
			}
		}
	}

}
