package io.quire.engine.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Printer;
import org.jspecify.annotations.Nullable;

/**
 * The grants of one user at one scope: each permission {@code true}, {@code false} or
 * {@code null} (inherit from the enclosing scope). Immutable.
 *
 * @param read the {@code read} grant
 * @param write the {@code write} grant
 * @param config the {@code config} grant
 * @param connect the {@code connect} grant (global scope only)
 */
public record Permissions(@Nullable Boolean read, @Nullable Boolean write, @Nullable Boolean config,
		@Nullable Boolean connect) {

	/** Nothing granted or denied: everything inherits. */
	public static final Permissions NONE = new Permissions(null, null, null, null);

	/** What admin has everywhere. */
	public static final Permissions ALL = new Permissions(true, true, true, true);

	/** The grant for one permission, {@code null} to inherit. */
	public @Nullable Boolean get(Permission permission) {
		return switch (permission) {
			case READ -> this.read;
			case WRITE -> this.write;
			case CONFIG -> this.config;
			case CONNECT -> this.connect;
		};
	}

	/** Whether every permission inherits (the row disappears). */
	public boolean isEmpty() {
		return equals(NONE);
	}

	/**
	 * These grants with the fields of a {@code grant} object applied, checked as
	 * RethinkDB does.
	 * @param global whether the scope is global (the only one that takes {@code connect})
	 */
	public Permissions merge(@Nullable Object datum, boolean global) {
		if (!(datum instanceof Map<?, ?> fields)) {
			throw QueryException.opFailed("Expected an object, got " + Printer.json(datum) + ".");
		}
		TreeSet<String> unexpected = new TreeSet<>();
		fields.keySet().forEach((key) -> unexpected.add(String.valueOf(key)));
		Boolean[] values = { this.read, this.write, this.config, this.connect };
		for (Permission permission : Permission.values()) {
			if (!fields.containsKey(permission.key())) {
				continue;
			}
			if (permission == Permission.CONNECT && !global) {
				throw QueryException.opFailed("The `connect` permission is only valid at the global scope.");
			}
			unexpected.remove(permission.key());
			values[permission.ordinal()] = tribool(fields.get(permission.key()), permission.key());
		}
		if (!unexpected.isEmpty()) {
			throw QueryException.opFailed("Unexpected key(s) `" + String.join("`, `", unexpected) + "`.");
		}
		return new Permissions(values[0], values[1], values[2], values[3]);
	}

	private static @Nullable Boolean tribool(@Nullable Object value, String field) {
		if (value == null || value instanceof Boolean) {
			return (Boolean) value;
		}
		throw QueryException
			.opFailed("Expected a boolean or null for `" + field + "`, got " + Printer.json(value) + ".");
	}

	/** The set grants as RethinkDB shows them, or {@code null} when none is set. */
	public @Nullable Map<String, Object> toDatum() {
		Map<String, Object> datum = new LinkedHashMap<>();
		for (Permission permission : Permission.values()) {
			Boolean value = get(permission);
			if (value != null) {
				datum.put(permission.key(), value);
			}
		}
		return datum.isEmpty() ? null : datum;
	}

	/** The grants of a stored {@link #toDatum()} (null or missing fields inherit). */
	static Permissions fromDatum(@Nullable Object datum) {
		if (!(datum instanceof Map<?, ?> fields)) {
			return NONE;
		}
		return new Permissions((Boolean) fields.get("read"), (Boolean) fields.get("write"),
				(Boolean) fields.get("config"), (Boolean) fields.get("connect"));
	}

}
