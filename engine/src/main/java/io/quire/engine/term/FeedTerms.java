package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Bound;
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
			Predicate<Map<String, Object>> members = (document) -> Datums.equal(document.get(row.table().primaryKey()),
					row.key());
			return open(row.table(), members, options, List.of(options.initial(row.table().get(row.key()))),
					ResponseNote.ATOM_FEED);
		}
		if (source instanceof TableRef table) {
			List<Object> initial = new ArrayList<>();
			if (options.includeInitial()) {
				table.open().forEachRemaining((document) -> initial.add(options.initial(document)));
			}
			return open(table.table(), inRange(table), options, initial, ResponseNote.SEQUENCE_FEED);
		}
		if (source instanceof Stream stream && stream.table() != null && stream.members() != null) {
			List<Object> initial = new ArrayList<>();
			if (options.includeInitial()) {
				stream.forEachRemaining((document) -> initial.add(options.initial(document)));
			}
			stream.close();
			return open(stream.table(), stream.members(), options, initial, ResponseNote.SEQUENCE_FEED);
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

	private static Stream open(Table table, Predicate<Map<String, Object>> members, FeedOptions options,
			List<Object> initial, ResponseNote note) {
		ChangeFeed feed = new ChangeFeed(members, options);
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

	/** Which documents lie in the table range. */
	static Predicate<Map<String, Object>> inRange(TableRef range) {
		if (range.index() == null) {
			return (document) -> true;
		}
		Table table = range.table();
		IndexKeyFunction keys = range.indexName().equals(table.primaryKey())
				? (document) -> List.of(document.get(table.primaryKey()))
				: IndexFunctions.compile(IndexFunctions.definition(table, range.indexName()));
		return (document) -> inRange(keys, document, range);
	}

	private static boolean inRange(IndexKeyFunction keys, Map<String, Object> document, TableRef range) {
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
