package io.quire.engine.term;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * CHANGES: changefeeds on a table, a range of it ({@code between}, {@code getAll}), one
 * document ({@code get}), a {@code filter} of those, or a
 * {@code map}/{@code pluck}/{@code without} over them, with initial values, states and
 * types on request.
 */
final class FeedTerms {

	/** The terms whose functions a feed applies to each changed document. */
	private static final Set<TermType> TRANSFORMATIONS = EnumSet.of(TermType.MAP, TermType.FILTER, TermType.CONCAT_MAP);

	private FeedTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.CHANGES)
			.args(1)
			.optargs("squash", "changefeed_queue_size", "include_initial", "include_offsets", "include_states",
					"include_types")
			.is(FeedTerms::changes);
	}

	private static Object changes(Call call) {
		FeedOptions options = options(call);
		Node sourceNode = call.node().args().get(0);
		call.framed(0, () -> checkDeterministic(sourceNode));
		if (sourceNode.type() == TermType.LIMIT && sourceNode.args().get(0).type() == TermType.ORDER_BY) {
			return orderedLimit(call, options);
		}
		Object extreme = extremeFeed(call, sourceNode, options);
		if (extreme != null) {
			return extreme;
		}
		if (options.includeOffsets()) {
			throw QueryException.queryLogic("Cannot include offsets for range subscriptions.")
				.withFrame("include_offsets");
		}
		FeedTransform.Peeled peeled = call.framed(0, () -> FeedTransform.peel(sourceNode, call.env()));
		Object source = call.framed(0, () -> peeled.source().eval(call.env()));
		Stream feed = selectionFeed(source, options, peeled.transform());
		if (feed == null) {
			throw FeedRefusals.refusal(peeled.source(), source);
		}
		return feed;
	}

	/**
	 * A feed re-runs its transformations on every change, so RethinkDB refuses one whose
	 * {@code map}, {@code filter} or {@code concatMap} function may answer differently
	 * each time.
	 */
	private static Node checkDeterministic(Node node) {
		if (node.args().isEmpty()) {
			return node;
		}
		try {
			checkDeterministic(node.args().get(0));
		}
		catch (QueryException ex) {
			throw ex.withFrame(0);
		}
		if (TRANSFORMATIONS.contains(node.type())) {
			for (int i = 1; i < node.args().size(); i++) {
				checkDeterministicFunction(node.args().get(i), i);
			}
			node.optargs().forEach((name, optarg) -> checkDeterministicFunction(optarg, name));
		}
		return node;
	}

	private static void checkDeterministicFunction(Node function, Object frame) {
		if (!function.determinism().isProvenOnOneServer()) {
			throw QueryException.queryLogic("Cannot call `changes` after a non-deterministic function.")
				.withFrame(frame);
		}
	}

	/**
	 * A feed on a document, a table, a range or a filtered selection, shown through the
	 * transform; {@code null} when the source is none of them.
	 */
	private static @Nullable Stream selectionFeed(@Nullable Object source, FeedOptions options,
			FeedTransform transform) {
		if (source instanceof SingleRow row) {
			Predicate<Map<String, Object>> members = (document) -> Datums.equal(document.get(row.table().primaryKey()),
					row.key());
			return open(row.table(), members, options, List.of(options.initial(row.table().get(row.key()))),
					ResponseNote.ATOM_FEED, transform);
		}
		if (source instanceof TableRef table) {
			List<Object> initial = new ArrayList<>();
			if (options.includeInitial()) {
				table.open().forEachRemaining((document) -> initial.add(options.initial(document)));
			}
			return open(table.table(), inRange(table), options, initial, ResponseNote.SEQUENCE_FEED, transform);
		}
		if (source instanceof Stream stream && stream.table() != null && stream.members() != null) {
			List<Object> initial = new ArrayList<>();
			if (options.includeInitial()) {
				stream.forEachRemaining((document) -> initial.add(options.initial(document)));
			}
			stream.close();
			return open(stream.table(), stream.members(), options, initial, ResponseNote.SEQUENCE_FEED, transform);
		}
		return null;
	}

	/**
	 * {@code orderBy({index}).limit(n).changes()}: changes to the first n rows in index
	 * order.
	 */
	private static Object orderedLimit(Call call, FeedOptions options) {
		Node limitNode = call.node().args().get(0);
		Object ordered = call.framed(0, () -> limitNode.args().get(0).eval(call.env()));
		long limit = call.framed(0, () -> Types.integer(Values.datum(limitNode.args().get(1).eval(call.env()))));
		if (!(ordered instanceof TableRef table) || !table.ordered()) {
			throw QueryException.queryLogic("Cannot call `changes` on an `orderBy` without an index.");
		}
		return topFeed(table, limit, options);
	}

	/**
	 * {@code table.min({index})} or {@code max({index})} then {@code changes()}: as in
	 * RethinkDB, the feed of the first row in that index's order, each change giving the
	 * new first row with the one it displaced; {@code null} for any other source.
	 */
	private static @Nullable Object extremeFeed(Call call, Node sourceNode, FeedOptions options) {
		boolean max = sourceNode.type() == TermType.MAX;
		if (!(max || sourceNode.type() == TermType.MIN) || sourceNode.args().size() != 1
				|| !sourceNode.optargs().containsKey("index")) {
			return null;
		}
		Object source = call.framed(0, () -> sourceNode.args().get(0).eval(call.env()));
		if (!(source instanceof TableRef table) || table.isSlice()) {
			return null;
		}
		String index = call.framed(0,
				() -> Types.string(Values.datum(sourceNode.optargs().get("index").eval(call.env()))));
		TableRef ordered = new TableRef(table.table(), index, Bound.none(), Bound.none(), max, true);
		if (options.includeOffsets()) {
			throw QueryException.queryLogic("Cannot include offsets for range subscriptions.")
				.withFrame("include_offsets");
		}
		return topFeed(ordered, 1, options);
	}

	private static Object topFeed(TableRef ordered, long limit, FeedOptions options) {
		ChangeFeed feed = new ChangeFeed((document) -> true, options);
		TopFeed top = new TopFeed(ordered, limit, feed, options);
		feed.subscribe(ordered.table(), top);
		return start(feed, options, top.initialRows(), ResponseNote.ORDER_BY_LIMIT_FEED);
	}

	private static FeedOptions options(Call call) {
		Object squash = call.opt("squash", false);
		if (squash instanceof Double number && number < 0) {
			throw QueryException.queryLogic("Expected BOOL or a positive NUMBER but found a negative NUMBER.")
				.withFrame("squash");
		}
		if (!(squash instanceof Boolean) && !(squash instanceof Double)) {
			throw QueryException.queryLogic("Expected BOOL or NUMBER but found " + Datums.typeName(squash) + ".")
				.withFrame("squash");
		}
		double queueSize = Types.number(call.has("changefeed_queue_size") ? call.opt("changefeed_queue_size", null)
				: call.context().globalOptarg("changefeed_queue_size", 100_000.0));
		return new FeedOptions(call.optBool("include_initial", false), call.optBool("include_states", false),
				call.optBool("include_types", false), (long) queueSize, !Boolean.FALSE.equals(squash),
				call.optBool("include_offsets", false),
				(squash instanceof Double seconds) ? (long) (seconds * 1e9) : 0);
	}

	private static Stream open(Table table, Predicate<Map<String, Object>> members, FeedOptions options,
			List<Object> initial, ResponseNote note, FeedTransform transform) {
		ChangeFeed feed = new ChangeFeed(members, options, transform);
		feed.subscribe(table);
		return start(feed, options, initial, note);
	}

	/** Queues the states and initial values, and wraps the feed as a stream. */
	private static Stream start(ChangeFeed feed, FeedOptions options, List<Object> initial, ResponseNote note) {
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
		List<ResponseNote> notes = options.includeStates() ? List.of(note, ResponseNote.INCLUDES_STATES)
				: List.of(note);
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
