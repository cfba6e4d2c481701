package io.quire.driver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Options of one query run: the global optional arguments {@code durability},
 * {@code read_mode}, {@code array_limit}, {@code profile}, {@code db} and others. They
 * override the connection's session options. Immutable; each method returns a changed
 * copy.
 */
public final class RunOptions {

	private static final RunOptions NONE = new RunOptions(Map.of());

	private final Map<String, Object> values;

	private RunOptions(Map<String, Object> values) {
		this.values = values;
	}

	/** No options: the connection's defaults apply. */
	public static RunOptions none() {
		return NONE;
	}

	/** Write durability: {@code hard} (on disk before the reply) or {@code soft}. */
	public RunOptions durability(String durability) {
		return with("durability", durability);
	}

	/** Read mode: {@code single}, {@code majority} or {@code outdated}. */
	public RunOptions readMode(String readMode) {
		return with("read_mode", readMode);
	}

	/** The largest array the query may build (server default 100,000). */
	public RunOptions arrayLimit(int arrayLimit) {
		return with("array_limit", arrayLimit);
	}

	/** Ask the server for a profile of the query, see {@link Cursor#profile()}. */
	public RunOptions profile(boolean profile) {
		return with("profile", profile);
	}

	/** The database of tables named without one, instead of the connection's. */
	public RunOptions db(String database) {
		return with("db", database);
	}

	/** Any other global optional argument, such as {@code max_batch_rows}. */
	public RunOptions with(String name, @Nullable Object value) {
		Objects.requireNonNull(name, "name must not be null");
		if (name.equals("noreply")) {
			throw new IllegalArgumentException("noreply is not a run option; use runNoReply");
		}
		Map<String, Object> copy = new LinkedHashMap<>(this.values);
		if (value == null) {
			copy.remove(name);
		}
		else {
			copy.put(name, value);
		}
		return new RunOptions(Collections.unmodifiableMap(copy));
	}

	/** The options by name. */
	public Map<String, Object> values() {
		return this.values;
	}

	@Override
	public String toString() {
		return "RunOptions" + this.values;
	}

}
