package io.quire.engine.term;

import java.util.EnumMap;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.protocol.TermType;

/** Every implemented term's spec, gathered from the term families. */
final class TermRegistry {

	private static final Map<TermType, TermSpec> SPECS = collect();

	private TermRegistry() {
	}

	private static Map<TermType, TermSpec> collect() {
		Specs specs = new Specs();
		ControlTerms.register(specs);
		ComparisonTerms.register(specs);
		MathTerms.register(specs);
		ObjectTerms.register(specs);
		SelectionTerms.register(specs);
		TransformTerms.register(specs);
		OrderTerms.register(specs);
		GroupTerms.register(specs);
		AggregateTerms.register(specs);
		ArrayTerms.register(specs);
		StringTerms.register(specs);
		TypeTerms.register(specs);
		TimeTerms.register(specs);
		JoinTerms.register(specs);
		WriteTerms.register(specs);
		WriteHooks.register(specs);
		AdminTerms.register(specs);
		AuthTerms.register(specs);
		ReconfigureTerms.register(specs);
		IndexTerms.register(specs);
		FeedTerms.register(specs);
		JavaScriptTerms.register(specs);
		HttpTerms.register(specs);
		GeoTerms.register(specs);
		GeoIndexTerms.register(specs);
		return new EnumMap<>(specs.specs());
	}

	static TermSpec spec(TermType type) {
		TermSpec spec = SPECS.get(type);
		if (spec == null) {
			throw QueryException.compile("Term `" + type + "` is not available in Quire.");
		}
		return spec;
	}

	static boolean isKnownOptarg(String name) {
		return SPECS.values().stream().anyMatch((spec) -> spec.optargs().contains(name));
	}

	/** Whether the term type is implemented. */
	static boolean isImplemented(TermType type) {
		return SPECS.containsKey(type);
	}

}
