package io.quire.engine.term;

import java.util.Set;

import io.quire.protocol.TermType;

/**
 * How a term compiles and runs: its argument count, its optional arguments and its
 * implementation.
 *
 * @param type the term type
 * @param minArgs the fewest arguments
 * @param maxArgs the most arguments, or -1 for any number
 * @param optargs the optional argument names it accepts
 * @param perGroup whether it applies to each group when its first argument is grouped
 * data
 * @param determinism whether its own operation is deterministic (its arguments aside)
 * @param implementation what it does
 */
public record TermSpec(TermType type, int minArgs, int maxArgs, Set<String> optargs, boolean perGroup,
		Determinism.Rule determinism, Implementation implementation) {

	/** The evaluation of one term. */
	@FunctionalInterface
	public interface Implementation {

		@org.jspecify.annotations.Nullable
		Object evaluate(Call call);

	}

	/** RethinkDB's arity error text for {@code found} arguments. */
	String arityMessage(int found) {
		if (this.minArgs == this.maxArgs) {
			return "Expected " + Func.plural(this.minArgs, "argument") + " but found " + found + ".";
		}
		if (this.maxArgs < 0) {
			return "Expected " + this.minArgs + " or more arguments but found " + found + ".";
		}
		return "Expected between " + this.minArgs + " and " + this.maxArgs + " arguments but found " + found + ".";
	}

	boolean accepts(int count) {
		return count >= this.minArgs && (this.maxArgs < 0 || count <= this.maxArgs);
	}

}
