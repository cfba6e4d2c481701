package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.Change;
import io.quire.engine.datum.Datums;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates the result object of a write: the six counters, {@code first_error},
 * {@code generated_keys} and, with {@code return_changes}, {@code changes}.
 */
final class WriteSummary {

	private static final String[] COUNTERS = { "deleted", "errors", "inserted", "replaced", "skipped", "unchanged" };

	private final Map<String, Long> counters = new TreeMap<>();

	private final List<Object> generatedKeys = new ArrayList<>();

	private final List<Object> changes = new ArrayList<>();

	private final @Nullable Object returnChanges;

	private final int changeLimit;

	private boolean truncated;

	private @Nullable String firstError;

	/**
	 * A summary listing at most {@code changeLimit} changes (the query's array limit).
	 */
	WriteSummary(@Nullable Object returnChanges, int changeLimit) {
		if (returnChanges != null && !(returnChanges instanceof Boolean) && !"always".equals(returnChanges)) {
			throw QueryException.queryLogic("Invalid return_changes value `" + returnChanges
					+ "` (options are `true`, `false`, and `'always'`.)");
		}
		this.returnChanges = returnChanges;
		this.changeLimit = changeLimit;
		for (String counter : COUNTERS) {
			this.counters.put(counter, 0L);
		}
	}

	static WriteSummary of(Call call) {
		return new WriteSummary(call.opt("return_changes", false), call.context().arrayLimit());
	}

	void generatedKey(Object key) {
		this.generatedKeys.add(key);
	}

	/**
	 * Records the outcome of one row: a {@link Change} or the exception that failed it.
	 */
	void record(Object outcome) {
		record(outcome, null);
	}

	/**
	 * Records the outcome of one row; a failed row's change (with {@code 'always'}) shows
	 * {@code current}, the row as it stays, as both old and new value.
	 */
	void record(Object outcome, @Nullable Object current) {
		if (outcome instanceof Change change) {
			record(change);
		}
		else {
			error((outcome instanceof RuntimeException ex) ? ex.getMessage() : String.valueOf(outcome), current,
					current);
		}
	}

	/** Whether failed rows are listed in {@code changes}. */
	boolean wantsFailedRows() {
		return "always".equals(this.returnChanges);
	}

	void record(Change change) {
		String counter = counterOf(change);
		this.counters.merge(counter, 1L, Long::sum);
		boolean always = "always".equals(this.returnChanges);
		if (always || (Boolean.TRUE.equals(this.returnChanges) && !change.isUnchanged())) {
			addChange(Datums.object("new_val", change.newValue(), "old_val", change.oldValue()));
		}
	}

	/** Lists a change; past the array limit RethinkDB drops it and warns once. */
	private void addChange(Object change) {
		if (this.changes.size() < this.changeLimit) {
			this.changes.add(change);
		}
		else {
			this.truncated = true;
		}
	}

	private static String counterOf(Change change) {
		if (change.oldValue() == null) {
			return (change.newValue() == null) ? "skipped" : "inserted";
		}
		if (change.newValue() == null) {
			return "deleted";
		}
		return change.isUnchanged() ? "unchanged" : "replaced";
	}

	void error(@Nullable String message, @Nullable Object oldValue, @Nullable Object newValue) {
		this.counters.merge("errors", 1L, Long::sum);
		if (this.firstError == null) {
			this.firstError = message;
		}
		if ("always".equals(this.returnChanges)) {
			addChange(Datums.object("error", message, "new_val", newValue, "old_val", oldValue));
		}
	}

	Map<String, Object> toDatum() {
		Map<String, Object> result = new TreeMap<>();
		this.counters.forEach((name, count) -> result.put(name, (double) count));
		if (this.firstError != null) {
			result.put("first_error", this.firstError);
		}
		if (!this.generatedKeys.isEmpty()) {
			result.put("generated_keys", this.generatedKeys);
		}
		if (Values.truthy(this.returnChanges) && !Boolean.FALSE.equals(this.returnChanges)) {
			result.put("changes", this.changes);
		}
		if (this.truncated) {
			result.put("warnings", List.of("Too many changes, array truncated to " + this.changeLimit + "."));
		}
		return result;
	}

	/**
	 * Adds another write result (FOR_EACH): numbers sum, arrays concatenate, the first
	 * error wins.
	 */
	static Map<String, Object> combine(Map<String, Object> left, Map<String, @Nullable Object> right) {
		Map<String, Object> result = new TreeMap<>(left);
		right.forEach((key, value) -> result.merge(key, value, WriteSummary::combineValues));
		return result;
	}

	private static Object combineValues(Object left, Object right) {
		if (left instanceof Double a && right instanceof Double b) {
			return a + b;
		}
		if (left instanceof List<?> a && right instanceof List<?> b) {
			List<Object> joined = new ArrayList<>(a);
			joined.addAll(b);
			return joined;
		}
		return left;
	}

}
