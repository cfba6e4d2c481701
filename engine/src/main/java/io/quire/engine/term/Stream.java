package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Table;
import io.quire.protocol.ResponseNote;
import org.jspecify.annotations.Nullable;

/**
 * A lazy sequence of datums, pulled one at a time and closed when done. A stream of a
 * table's documents is a selection: writes ({@code update}, {@code delete}) may follow
 * it.
 */
public class Stream implements Iterator<@Nullable Object>, AutoCloseable {

	private final Iterator<?> rows;

	private final @Nullable AutoCloseable resource;

	private final @Nullable Table table;

	private final boolean materialized;

	private final List<ResponseNote> feedNotes;

	private @Nullable List<@Nullable Object> rowsInMemory;

	private @Nullable Predicate<Map<String, Object>> members;

	private boolean endless;

	/** The query this stream was made for: checked before each row. */
	private final Cancellation cancellation = Cancellation.current();

	public Stream(Iterator<?> rows, @Nullable AutoCloseable resource, @Nullable Table table, boolean materialized) {
		this(rows, resource, table, materialized, List.of());
	}

	private Stream(Iterator<?> rows, @Nullable AutoCloseable resource, @Nullable Table table, boolean materialized,
			List<ResponseNote> feedNotes) {
		this.rows = rows;
		this.resource = resource;
		this.table = table;
		this.materialized = materialized;
		this.feedNotes = feedNotes;
	}

	/** A changefeed: endless unless limited, answered with the given response notes. */
	static Stream feed(Iterator<?> changes, AutoCloseable subscription, List<ResponseNote> notes) {
		return new Stream(changes, subscription, null, false, notes);
	}

	/** A lazy stream over the iterator. */
	public static Stream of(Iterator<?> rows) {
		return new Stream(rows, null, null, false);
	}

	/**
	 * A SELECTION&lt;ARRAY&gt;: a table's documents already in memory, usable more than
	 * once.
	 */
	public static Stream selection(List<@Nullable Object> rows, Table table) {
		Stream stream = new Stream(rows.iterator(), null, table, true);
		stream.rowsInMemory = rows;
		return stream;
	}

	/** A fresh stream over the same rows when they are in memory, else this stream. */
	Stream reopen() {
		return (this.rowsInMemory != null) ? selection(this.rowsInMemory, this.table) : this;
	}

	/** The rows of a SELECTION&lt;ARRAY&gt;, or {@code null}. */
	@Nullable List<@Nullable Object> rowsInMemory() {
		return this.rowsInMemory;
	}

	/** A stream that keeps the resource and selection of {@code source}. */
	public static Stream derived(Stream source, Iterator<?> rows, boolean keepsSelection) {
		Stream derived = new Stream(rows, source, keepsSelection ? source.table : null, source.materialized,
				source.feedNotes);
		derived.endless = source.endless;
		return derived;
	}

	boolean isEndless() {
		return this.endless;
	}

	/** Marks an endless stream ({@code r.range()}) or, after a limit, a finite one. */
	Stream endless(boolean endless) {
		this.endless = endless;
		return this;
	}

	/**
	 * Which documents of the table belong to this selection, when known ({@code getAll},
	 * {@code filter}): what a changefeed on the selection watches.
	 */
	public @Nullable Predicate<Map<String, Object>> members() {
		return this.members;
	}

	Stream withMembers(@Nullable Predicate<Map<String, Object>> members) {
		this.members = members;
		return this;
	}

	/** Whether this is a changefeed (or derived from one). */
	public boolean isFeed() {
		return !this.feedNotes.isEmpty();
	}

	/** The response notes of a changefeed; empty for a finite stream. */
	public List<ResponseNote> feedNotes() {
		return this.feedNotes;
	}

	/**
	 * Whether a row is ready without waiting: {@code TRUE}, {@code FALSE} once the stream
	 * ended, or {@code null} when a changefeed has nothing yet.
	 */
	public @Nullable Boolean hasNextWithoutWaiting() {
		if (!isFeed()) {
			return hasNext();
		}
		ChangeFeed.nonBlocking(true);
		try {
			return hasNext();
		}
		catch (ChangeFeed.Pause pause) {
			return null;
		}
		finally {
			ChangeFeed.nonBlocking(false);
		}
	}

	/** Fails for a changefeed, which a terminal operation would wait on forever. */
	public Stream requireFinite() {
		if (this.endless) {
			throw QueryException.queryLogic("Cannot use an infinite stream with an aggregation function "
					+ "(`reduce`, `count`, etc.) or coerce it to an array.");
		}
		if (isFeed()) {
			throw QueryException.queryLogic("Cannot call a terminal (`reduce`, `count`, etc.) on an "
					+ "infinite stream (such as a changefeed).");
		}
		return this;
	}

	/**
	 * The table whose documents this stream yields, or {@code null} if it is not a
	 * selection.
	 */
	public @Nullable Table table() {
		return this.table;
	}

	/**
	 * Whether the rows are already in memory (a SELECTION&lt;ARRAY&gt;), returned as one
	 * atom.
	 */
	public boolean isMaterialized() {
		return this.materialized;
	}

	public String typeName() {
		if (this.table == null) {
			return "STREAM";
		}
		return this.materialized ? "SELECTION<ARRAY>" : "SELECTION<STREAM>";
	}

	/** Whether a row follows; fails once the query is cancelled. */
	@Override
	public boolean hasNext() {
		this.cancellation.check();
		return this.rows.hasNext();
	}

	@Override
	public @Nullable Object next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.rows.next();
	}

	/** Reads every remaining row, failing past the array or memory limit. */
	public List<@Nullable Object> drain(QueryContext context) {
		requireFinite();
		try (this) {
			List<@Nullable Object> result = new ArrayList<>();
			MemoryBudget budget = context.memoryBudget();
			while (hasNext()) {
				Object row = next();
				budget.charge(row);
				result.add(row);
				if (result.size() > context.arrayLimit()) {
					throw context.arrayOverLimit();
				}
			}
			return result;
		}
	}

	@Override
	public void close() {
		if (this.resource != null) {
			try {
				this.resource.close();
			}
			catch (Exception ex) {
				// closing a finished iterator cannot fail in a way the query cares about
			}
		}
	}

}
