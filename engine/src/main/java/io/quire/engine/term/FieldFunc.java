package io.quire.engine.term;

import org.jspecify.annotations.Nullable;

/**
 * A field name used where a function goes ({@code orderBy('name')},
 * {@code group('name')}).
 */
final class FieldFunc extends Func {

	private final String field;

	FieldFunc(String field, Env env) {
		super(new int[] { 0 }, Node.datumNode(null), env);
		this.field = field;
	}

	@Override
	public @Nullable Object call(@Nullable Object... arguments) {
		return ObjectTerms.field(Values.datum(arguments[0]), this.field);
	}

}
