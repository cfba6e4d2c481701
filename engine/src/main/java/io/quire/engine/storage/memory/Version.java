package io.quire.engine.storage.memory;

import org.jspecify.annotations.Nullable;

/**
 * One committed value of a key (a tombstone when {@code value} is null), linked to the
 * older values that open snapshots may still need. Immutable, so readers walk it without
 * locks.
 */
record Version(long sequence, byte @Nullable [] value, @Nullable Version older) {

	/** The value as of {@code sequence}, or {@code null} if absent then. */
	static byte @Nullable [] valueAt(@Nullable Version head, long sequence) {
		Version version = head;
		while (version != null && version.sequence > sequence) {
			version = version.older;
		}
		return (version != null) ? version.value : null;
	}

	/**
	 * The chain without the versions no reader can see any more: every version newer than
	 * {@code horizon} and the one visible at {@code horizon} (unless it is a tombstone).
	 */
	static @Nullable Version prune(@Nullable Version version, long horizon) {
		if (version == null) {
			return null;
		}
		if (version.sequence <= horizon) {
			if (version.value == null) {
				return null;
			}
			return (version.older != null) ? new Version(version.sequence, version.value, null) : version;
		}
		Version older = prune(version.older, horizon);
		return (older == version.older) ? version : new Version(version.sequence, version.value, older);
	}

	int size() {
		return (this.value != null) ? this.value.length : 0;
	}

}
