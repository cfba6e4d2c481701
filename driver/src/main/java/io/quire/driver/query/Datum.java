package io.quire.driver.query;

import java.util.List;
import java.util.Map;

import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * A literal JSON value: null, a boolean, a number or a string (or a pseudo-type object of
 * scalars). It goes on the wire as the value itself.
 */
public final class Datum extends ReqlExpr {

	private final @Nullable Object value;

	Datum(@Nullable Object value) {
		super(TermType.DATUM, List.of(), Map.of());
		this.value = value;
	}

	/** The value. */
	public @Nullable Object value() {
		return this.value;
	}

	@Override
	public @Nullable Object build() {
		return this.value;
	}

}
