package io.quire.engine.term;

import org.jspecify.annotations.Nullable;

/** A datum in a function's place: returns the datum for any arguments. */
final class ConstantFunc extends Func {

	private final @Nullable Object value;

	ConstantFunc(@Nullable Object value, Env env) {
		super(new int[0], Node.datumNode(value), env);
		this.value = value;
	}

	@Override
	boolean accepts(int count) {
		return true;
	}

	@Override
	public @Nullable Object call(@Nullable Object... arguments) {
		return this.value;
	}

}
