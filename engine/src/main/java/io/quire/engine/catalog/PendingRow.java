package io.quire.engine.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * One document of a multi-row write: its stored value and the value after the updates so
 * far. Several updates of the same key in one batch apply in order, each seeing the one
 * before.
 */
final class PendingRow {

	private final byte[] primaryKey;

	private final @Nullable Map<String, Object> original;

	private @Nullable Map<String, Object> current;

	PendingRow(byte[] primaryKey, @Nullable Map<String, Object> original) {
		this.primaryKey = primaryKey;
		this.original = original;
		this.current = original;
	}

	/**
	 * Applies one update; returns its {@link Change} (recorded in {@code changes} unless
	 * nothing changed) or the exception that failed it.
	 */
	Object apply(UnaryOperator<@Nullable Map<String, Object>> update, KeyCheck check, List<Change> changes) {
		try {
			Map<String, Object> after = update.apply(this.current);
			check.verify(this.primaryKey, this.current, after);
			Change change = new Change(this.current, after);
			if (!change.isUnchanged()) {
				changes.add(change);
				this.current = after;
			}
			return change;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	byte[] primaryKey() {
		return this.primaryKey;
	}

	@Nullable Map<String, Object> original() {
		return this.original;
	}

	@Nullable Map<String, Object> current() {
		return this.current;
	}

	boolean isChanged() {
		return !Objects.equals(this.original, this.current);
	}

	/** Refuses a new document whose primary key differs from the row's. */
	@FunctionalInterface
	interface KeyCheck {

		void verify(byte[] primaryKey, @Nullable Map<String, Object> before, @Nullable Map<String, Object> after);

	}

}
