package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quire.engine.datum.DatumOrder;
import io.quire.engine.datum.Datums;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@code group}: values by group, groups in ReQL order. A grouped stream
 * (straight from {@code group}, or after terms that keep each group a sequence) becomes
 * grouped data once each group is reduced to a value.
 */
public final class Grouped {

	private final TreeMap<@Nullable Object, @Nullable Object> groups = new TreeMap<>(DatumOrder.COMPARATOR);

	private final boolean stream;

	/** Grouped data. */
	public Grouped() {
		this(false);
	}

	public Grouped(boolean stream) {
		this.stream = stream;
	}

	/** {@code GROUPED_STREAM} or {@code GROUPED_DATA}, as {@code type_of} names it. */
	public String typeName() {
		return this.stream ? "GROUPED_STREAM" : "GROUPED_DATA";
	}

	public Map<@Nullable Object, @Nullable Object> groups() {
		return this.groups;
	}

	public void put(@Nullable Object group, @Nullable Object value) {
		this.groups.put(group, value);
	}

	/** The GROUPED_DATA pseudo-type sent to clients. */
	public Map<String, Object> toDatum() {
		List<Object> data = new ArrayList<>();
		this.groups.forEach((group, value) -> data.add(new ArrayList<>(Arrays.asList(group, value))));
		return Datums.object(Datums.REQL_TYPE, "GROUPED_DATA", "data", data);
	}

	/** {@code ungroup}: an array of {@code {group, reduction}} objects. */
	public List<Object> ungroup() {
		List<Object> result = new ArrayList<>();
		this.groups.forEach((group, value) -> result.add(Datums.object("group", group, "reduction", value)));
		return result;
	}

}
