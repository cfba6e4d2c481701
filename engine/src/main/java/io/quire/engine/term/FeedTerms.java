package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Bound;
import io.quire.engine.catalog.Change;
import io.quire.engine.catalog.IndexKeyFunction;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.DatumOrder;
import io.quire.engine.datum.Datums;
import io.quire.protocol.ResponseNote;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * CHANGES: changefeeds on a table, a range of it ({@code between}) or one document
 * ({@code get}), with initial values, states and types on request.
 */
final class FeedTerms {

	private FeedTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.CHANGES).args(1)
			.optargs("squash", "changefeed_queue_size", "include_initial", "include_offsets", "include_states",
					"include_types")
			.is(FeedTerms::changes);
	}

	private static Object changes(Call call) {
		FeedOptions options = options(call);
		Object source = call.arg(0);
		if (source instanceof SingleRow row) {
			Predicate<Change> matches = (change) -> Datums.equal(keyOf(row.table(), change), row.key());
			return open(row.table(), matches, options, List.of(options.initial(row.table().get(row.key()))),
					ResponseNote.ATOM_FEED);
		}
		if (source instanceof TableRef table) {
			List<Object> initial = new ArrayList<>();
			if (options.includeInitial()) {
				table.open().forEachRemaining((document) -> initial.add(options.initial(document)));
			}
			return open(table.table(), inRange(table), options, initial, ResponseNote.SEQUENCE_FEED);
		}
		throw QueryException.queryLogic("Cannot call `changes` on a " + Values.typeName(source)
				+ " (only on a table, a `between` range or a single document).");
	}

	private static FeedOptions options(Call call) {
		Object squash = call.opt("squash", false);
		if (!(squash instanceof Boolean) && !(squash instanceof Double number && number > 0)) {
			throw QueryException.queryLogic("Expected BOOL or a positive NUMBER but found " + Datums.typeName(squash) + ".")
				.withFrame("squash");
		}
		double queueSize = Types.number(call.opt("changefeed_queue_size", 100_000.0));
		return new FeedOptions(call.optBool("include_initial", false), call.optBool("include_states", false),
				call.optBool("include_types", false), (long) queueSize, !Boolean.FALSE.equals(squash));
	}

	private static Stream open(Table table, Predicate<Change> matches, FeedOptions options, List<Object> initial,
			ResponseNote note) {
		ChangeFeed feed = new ChangeFeed(matches, options);
		feed.subscribe(table);
		List<Object> first = new ArrayList<>();
		if (options.includeStates() && options.includeInitial()) {
			first.add(options.state("initializing"));
		}
		if (options.includeInitial()) {
			first.addAll(initial);
		}
		if (options.includeStates()) {
			first.add(options.state("ready"));
		}
		feed.offerInitial(first);
		List<ResponseNote> notes = options.includeStates() ? List.of(note, ResponseNote.INCLUDES_STATES) : List.of(note);
		return Stream.feed(feed, feed, notes);
	}

	private static @Nullable Object keyOf(Table table, Change change) {
		Map<String, Object> document = (change.newValue() != null) ? change.newValue() : change.oldValue();
		return (document != null) ? document.get(table.primaryKey()) : null;
	}

	/** Whether a change touches the table range: its old or new document lies in it. */
	private static Predicate<Change> inRange(TableRef range) {
		if (range.index() == null) {
			return (change) -> true;
		}
		Table table = range.table();
		IndexKeyFunction keys = range.indexName().equals(table.primaryKey())
				? (document) -> List.of(document.get(table.primaryKey()))
				: IndexFunctions.compile(IndexFunctions.definition(table, range.indexName()));
		return (change) -> inRange(keys, change.oldValue(), range) || inRange(keys, change.newValue(), range);
	}

	private static boolean inRange(IndexKeyFunction keys, @Nullable Map<String, Object> document, TableRef range) {
		if (document == null) {
			return false;
		}
		return keys.keys(document).stream().anyMatch((key) -> above(key, range.lower()) && below(key, range.upper()));
	}

	private static boolean above(@Nullable Object key, Bound bound) {
		if (bound.isUnbounded()) {
			return true;
		}
		int c = DatumOrder.compare(key, bound.key());
		return bound.inclusive() ? c >= 0 : c > 0;
	}

	private static boolean below(@Nullable Object key, Bound bound) {
		if (bound.isUnbounded()) {
			return true;
		}
		int c = DatumOrder.compare(key, bound.key());
		return bound.inclusive() ? c <= 0 : c < 0;
	}

}
