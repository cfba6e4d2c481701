package io.quire.driver;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One row of a changefeed: a change of a document ({@code oldValue} null when it was
 * added, {@code newValue} null when it was removed), an initial value, a state note or
 * the error row of a feed whose queue overflowed. The type comes from the server's
 * {@code type} field ({@code include_types}) or, without it, from the row's shape.
 *
 * @param <T> the type documents are mapped to
 */
public final class Change<T> {

	private final ChangeType type;

	private final @Nullable T oldValue;

	private final @Nullable T newValue;

	private final @Nullable String state;

	private final @Nullable Long oldOffset;

	private final @Nullable Long newOffset;

	private final @Nullable String error;

	private Change(ChangeType type, @Nullable T oldValue, @Nullable T newValue, @Nullable String state,
			@Nullable Long oldOffset, @Nullable Long newOffset, @Nullable String error) {
		this.type = type;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.state = state;
		this.oldOffset = oldOffset;
		this.newOffset = newOffset;
		this.error = error;
	}

	/**
	 * The change of a feed row as the server sent it ({@code {old_val, new_val, ...}}).
	 * @param documents maps {@code old_val} and {@code new_val} (never called with null)
	 * @throws QuireProtocolException if the row is not an object
	 */
	public static <T> Change<T> of(@Nullable Object row, Function<Object, ? extends T> documents) {
		if (!(row instanceof Map<?, ?> fields)) {
			throw new QuireProtocolException("A changefeed row must be an object but was " + row);
		}
		return new Change<>(typeOf(fields), map(fields.get("old_val"), documents),
				map(fields.get("new_val"), documents), text(fields.get("state")), offset(fields.get("old_offset")),
				offset(fields.get("new_offset")), text(fields.get("error")));
	}

	private static ChangeType typeOf(Map<?, ?> row) {
		if (row.get("type") instanceof String type) {
			return ChangeType.of(type);
		}
		if (row.containsKey("error")) {
			return ChangeType.ERROR;
		}
		if (row.containsKey("state")) {
			return ChangeType.STATE;
		}
		if (!row.containsKey("old_val")) {
			return ChangeType.INITIAL;
		}
		if (!row.containsKey("new_val")) {
			return ChangeType.UNINITIAL;
		}
		return (row.get("old_val") == null) ? ChangeType.ADD
				: (row.get("new_val") == null) ? ChangeType.REMOVE : ChangeType.CHANGE;
	}

	private static <T> @Nullable T map(@Nullable Object value, Function<Object, ? extends T> documents) {
		return (value != null) ? documents.apply(value) : null;
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static @Nullable Long offset(@Nullable Object value) {
		return (value instanceof Number number) ? number.longValue() : null;
	}

	/** The same change with its documents mapped by the function. */
	public <U> Change<U> map(Function<? super T, ? extends U> documents) {
		return new Change<>(this.type, (this.oldValue != null) ? documents.apply(this.oldValue) : null,
				(this.newValue != null) ? documents.apply(this.newValue) : null, this.state, this.oldOffset,
				this.newOffset, this.error);
	}

	/** What the row reports. */
	public ChangeType type() {
		return this.type;
	}

	/**
	 * The document before the change; null for an added document, an initial value or a
	 * note.
	 */
	public @Nullable T oldValue() {
		return this.oldValue;
	}

	/** The document after the change; null for a removed document or a note. */
	public @Nullable T newValue() {
		return this.newValue;
	}

	/**
	 * The feed's state ({@code initializing} or {@code ready}) for a
	 * {@link ChangeType#STATE} row.
	 */
	public @Nullable String state() {
		return this.state;
	}

	/**
	 * The old position in an {@code orderBy().limit()} feed with {@code include_offsets}.
	 */
	public @Nullable Long oldOffset() {
		return this.oldOffset;
	}

	/**
	 * The new position in an {@code orderBy().limit()} feed with {@code include_offsets}.
	 */
	public @Nullable Long newOffset() {
		return this.newOffset;
	}

	/**
	 * The server's message when it skipped changes for a slow reader
	 * ({@link ChangeType#ERROR}).
	 */
	public @Nullable String error() {
		return this.error;
	}

	/**
	 * Whether the row is a document change or an initial value (not a state note or an
	 * error).
	 */
	public boolean isDocument() {
		return this.type != ChangeType.STATE && this.type != ChangeType.ERROR;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Change<?> change && this.type == change.type
				&& Objects.equals(this.oldValue, change.oldValue) && Objects.equals(this.newValue, change.newValue)
				&& Objects.equals(this.state, change.state) && Objects.equals(this.oldOffset, change.oldOffset)
				&& Objects.equals(this.newOffset, change.newOffset) && Objects.equals(this.error, change.error);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.type, this.oldValue, this.newValue, this.state, this.error);
	}

	@Override
	public String toString() {
		return "Change{" + this.type + ", old=" + this.oldValue + ", new=" + this.newValue
				+ ((this.state != null) ? ", state=" + this.state : "")
				+ ((this.error != null) ? ", error=" + this.error : "") + "}";
	}

}
