package io.quire.engine.term;

import java.util.List;

import io.quire.protocol.TermType;

/**
 * Whether a term gives the same result each time it runs on the same input, as RethinkDB
 * judges it: a term is as deterministic as its own operation joined with all its
 * arguments. Writes that must be atomic, changefeeds, sorting, index functions and write
 * hooks refuse what cannot be proven deterministic under their conditions.
 */
final class Determinism {

	/** Always deterministic (data, variables, pure operations). */
	static final Determinism ALWAYS = new Determinism(0);

	/** Never deterministic: randomness, reading a table or the catalog, side effects. */
	static final Determinism NEVER = new Determinism(1);

	/**
	 * Deterministic on one server only (RethinkDB's geometry operations, whose floating
	 * point results may differ across machines).
	 */
	static final Determinism SINGLE_SERVER = new Determinism(2);

	/** Deterministic as long as {@code r.now()} is the same time throughout (NOW). */
	static final Determinism CONSTANT_NOW = new Determinism(4);

	private final int reasons;

	private Determinism(int reasons) {
		this.reasons = reasons;
	}

	/** The determinism of an expression made of both. */
	Determinism join(Determinism other) {
		return (other.reasons == 0 || other.reasons == this.reasons) ? this
				: new Determinism(this.reasons | other.reasons);
	}

	/** Deterministic under every condition (index functions, write hooks). */
	boolean isProven() {
		return this.reasons == 0;
	}

	/**
	 * Deterministic when {@code r.now()} is constant, on any server (atomic writes and
	 * insert conflict functions).
	 */
	boolean isProvenWithConstantNow() {
		return (this.reasons & ~CONSTANT_NOW.reasons) == 0;
	}

	/**
	 * Deterministic on one server when {@code r.now()} is constant (changefeed
	 * transformations, sorting).
	 */
	boolean isProvenOnOneServer() {
		return (this.reasons & ~(CONSTANT_NOW.reasons | SINGLE_SERVER.reasons)) == 0;
	}

	/**
	 * The determinism of argument {@code i} of a term as written: when {@code r.args}
	 * comes at or before it, the argument's position is only known once the query runs,
	 * so every argument from the first {@code r.args} on counts.
	 */
	static Determinism ofArgument(Node term, int i) {
		List<Node> args = term.args();
		int firstSpliced = 0;
		while (firstSpliced < args.size() && args.get(firstSpliced).type() != TermType.ARGS) {
			firstSpliced++;
		}
		if (i < firstSpliced) {
			return args.get(i).determinism();
		}
		Determinism result = ALWAYS;
		for (Node arg : args.subList(firstSpliced, args.size())) {
			result = result.join(arg.determinism());
		}
		return result;
	}

	/** How a term's own operation, not counting its arguments, bears on determinism. */
	@FunctionalInterface
	interface Rule {

		/** The same for every use of the term. */
		static Rule of(Determinism determinism) {
			return (args) -> determinism;
		}

		/**
		 * UUID: random without an argument, a hash of its argument otherwise (an
		 * {@code r.args} argument counts as random, since it may expand to nothing).
		 */
		static Rule uuid() {
			return (args) -> (args.size() == 1 && args.get(0).type() != TermType.ARGS) ? ALWAYS : NEVER;
		}

		Determinism of(List<Node> args);

	}

}
