package io.quire.engine.cluster;

import java.util.Objects;
import java.util.function.Consumer;

import io.quire.engine.catalog.AppliedChanges;

/**
 * What a member of the group tells the engine as it follows the log. Every callback runs
 * on a Raft thread and must not wait for a write; a failure is logged, never thrown back
 * into Raft.
 *
 * @param othersApplied told of every applied entry another member proposed (the caches
 * reload after metadata entries)
 * @param leaderReady told each time this member became the primary and applied every
 * entry committed before
 * @param changes reads the document changes of the entries {@code othersApplied} is told
 * of, before they are applied, for this member's changefeeds
 * @param steppedDown told each time this member stops being the primary (a step-down, or
 * its close)
 * @param restored told when the local store was replaced by a snapshot of another
 * member's (it was behind the purged log)
 * @param removed told once when this member finds itself out of the group's configuration
 * (removed through {@code server_config}), within about a second; again if it is added
 * back and removed once more
 */
public record MemberEvents(Consumer<LogEntry> othersApplied, Runnable leaderReady, AppliedChanges changes,
		Runnable steppedDown, Runnable restored, Runnable removed) {

	public MemberEvents {
		Objects.requireNonNull(othersApplied, "othersApplied must not be null");
		Objects.requireNonNull(leaderReady, "leaderReady must not be null");
		Objects.requireNonNull(changes, "changes must not be null");
		Objects.requireNonNull(steppedDown, "steppedDown must not be null");
		Objects.requireNonNull(restored, "restored must not be null");
		Objects.requireNonNull(removed, "removed must not be null");
	}

}
