package io.quire.engine.term;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import io.quire.protocol.TermType;

/** Collects the term specs a family of terms registers. */
final class Specs {

	private final Map<TermType, TermSpec> specs = new EnumMap<>(TermType.class);

	/** Starts a spec for the term type. */
	Builder term(TermType type) {
		return new Builder(type);
	}

	Map<TermType, TermSpec> specs() {
		return this.specs;
	}

	final class Builder {

		private final TermType type;

		private int min;

		private int max;

		private Set<String> optargs = Set.of();

		private boolean perGroup;

		private Determinism.Rule determinism = Determinism.Rule.of(Determinism.ALWAYS);

		private boolean configures;

		private Builder(TermType type) {
			this.type = type;
		}

		Builder args(int count) {
			return args(count, count);
		}

		/** Between {@code min} and {@code max} arguments; {@code max} -1 for no limit. */
		Builder args(int min, int max) {
			this.min = min;
			this.max = max;
			return this;
		}

		Builder optargs(String... names) {
			this.optargs = Set.of(names);
			return this;
		}

		Builder perGroup() {
			this.perGroup = true;
			return this;
		}

		/** The term's result may differ between runs on the same input. */
		Builder nondeterministic() {
			return determinism(Determinism.Rule.of(Determinism.NEVER));
		}

		Builder determinism(Determinism.Rule rule) {
			this.determinism = rule;
			return this;
		}

		/**
		 * The term changes what the system tables show (DDL, grants, write hooks): once
		 * it has run, succeeded or not, their changefeeds look again.
		 */
		Builder configures() {
			this.configures = true;
			return this;
		}

		void is(TermSpec.Implementation implementation) {
			TermSpec.Implementation run = this.configures ? configuring(implementation) : implementation;
			Specs.this.specs.put(this.type,
					new TermSpec(this.type, this.min, this.max, this.optargs, this.perGroup, this.determinism, run));
		}

	}

	private static TermSpec.Implementation configuring(TermSpec.Implementation implementation) {
		return (call) -> {
			try {
				return implementation.evaluate(call);
			}
			finally {
				call.context().configurationChanged();
			}
		};
	}

}
