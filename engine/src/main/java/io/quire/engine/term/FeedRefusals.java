package io.quire.engine.term;

import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Printer;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * The errors {@code changes()} gives on what it cannot follow, in RethinkDB's words: a
 * sequence built by a term a feed cannot re-run marks the CHANGES term, an array or other
 * eager sequence and a value that is no selection mark the argument.
 */
final class FeedRefusals {

	/** Terms after which a feed is refused, by the name RethinkDB's message uses. */
	private static final Map<TermType, String> UNFOLLOWABLE = Map.of(TermType.GROUP, "group", TermType.DISTINCT,
			"distinct", TermType.ZIP, "zip", TermType.CONCAT_MAP, "concat_map");

	private FeedRefusals() {
	}

	/**
	 * Why {@code changes()} cannot follow {@code source}, computed by {@code sourceNode}.
	 */
	static QueryException refusal(Node sourceNode, @Nullable Object source) {
		String after = UNFOLLOWABLE.get(sourceNode.type());
		if (after != null && (source instanceof Stream || source instanceof Grouped)) {
			return QueryException.queryLogic("Cannot call `changes` after `" + after + "`.");
		}
		if (source instanceof Stream || source instanceof List) {
			return QueryException.queryLogic("Cannot call `changes` on an eager stream.").withFrame(0);
		}
		return notASelection(source).withFrame(0);
	}

	private static QueryException notASelection(@Nullable Object source) {
		return Values.literalMismatch("SELECTION", source);
	}

}
