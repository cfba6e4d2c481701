package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quire.engine.datum.DatumOrder;
import io.quire.engine.datum.Datums;
import org.jspecify.annotations.Nullable;

/** The result of {@code group}: values by group, groups in ReQL order. */
public final class Grouped {

	private final TreeMap<@Nullable Object, @Nullable Object> groups = new TreeMap<>(DatumOrder.COMPARATOR);

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
