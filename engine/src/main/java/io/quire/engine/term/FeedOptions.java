package io.quire.engine.term;

import java.util.Map;

import io.quire.engine.datum.Datums;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@code changes()} that shape its rows.
 *
 * @param includeInitial emit current values first
 * @param includeStates emit {@code {state: ...}} rows around the initial values
 * @param includeTypes add a {@code type} field to every row
 * @param queueSize changes kept for a slow reader before the feed skips some
 * @param squash whether unread changes to one document fold into one
 * @param includeOffsets add {@code old_offset}/{@code new_offset} (ordered, limited
 * feeds)
 * @param squashNanos with {@code squash: N}, how long a batch waits after its first
 * change for more to fold in (0 for {@code squash: true}: what is queued when the reader
 * asks)
 */
record FeedOptions(boolean includeInitial, boolean includeStates, boolean includeTypes, long queueSize, boolean squash,
		boolean includeOffsets, long squashNanos) {

	Map<String, Object> changeObject(@Nullable Map<String, Object> oldValue, @Nullable Map<String, Object> newValue) {
		Map<String, Object> change = Datums.object("new_val", newValue, "old_val", oldValue);
		if (this.includeTypes) {
			change.put("type", (oldValue == null) ? "add" : ((newValue == null) ? "remove" : "change"));
		}
		return change;
	}

	Map<String, Object> initial(@Nullable Object value) {
		Map<String, Object> row = Datums.object("new_val", value);
		if (this.includeTypes) {
			row.put("type", "initial");
		}
		return row;
	}

	Map<String, Object> state(String state) {
		Map<String, Object> row = Datums.object("state", state);
		if (this.includeTypes) {
			row.put("type", "state");
		}
		return row;
	}

}
