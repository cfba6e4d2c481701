package io.quire.engine.term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * What {@code map}, {@code pluck} and {@code without} over a feed's selection do to each
 * document: the feed watches the selection underneath and shows the transformed values. A
 * document the transformation fails on has no value (as a failing {@code filter}
 * predicate leaves it out).
 */
final class FeedTransform {

	/** No transformation: the feed shows whole documents. */
	static final FeedTransform NONE = new FeedTransform(List.of());

	private final List<UnaryOperator<@Nullable Object>> steps;

	private FeedTransform(List<UnaryOperator<@Nullable Object>> steps) {
		this.steps = steps;
	}

	/**
	 * The node under the transformations, and the transformations (evaluated once, now).
	 */
	record Peeled(Node source, FeedTransform transform) {
	}

	static Peeled peel(Node node, Env env) {
		List<UnaryOperator<@Nullable Object>> steps = new ArrayList<>();
		Node source = node;
		while (isTransformation(source)) {
			steps.add(0, step(new Call(source, env, source.args()), source.type()));
			source = source.args().get(0);
		}
		return new Peeled(source, new FeedTransform(steps));
	}

	private static boolean isTransformation(Node node) {
		return (node.type() == TermType.MAP && node.args().size() == 2) || node.type() == TermType.PLUCK
				|| node.type() == TermType.WITHOUT;
	}

	private static UnaryOperator<@Nullable Object> step(Call call, TermType type) {
		if (type == TermType.MAP) {
			Func function = call.func(1);
			return function::apply;
		}
		List<@Nullable Object> selectors = call.datums(1);
		return (type == TermType.PLUCK) ? (row) -> Paths.pluck(row, selectors) : (row) -> Paths.without(row, selectors);
	}

	boolean isIdentity() {
		return this.steps.isEmpty();
	}

	/**
	 * The transformed value of a document; null for no document, or when a step fails on
	 * it.
	 */
	@Nullable Object apply(@Nullable Object document) {
		if (document == null || this.steps.isEmpty()) {
			return document;
		}
		try {
			Object value = document;
			for (UnaryOperator<@Nullable Object> step : this.steps) {
				value = step.apply(value);
			}
			return value;
		}
		catch (QueryException ex) {
			return null;
		}
	}

	/** Whether the write changed what the feed shows. */
	boolean changesValue(@Nullable Object oldDocument, @Nullable Object newDocument) {
		return this.steps.isEmpty() || !Datums.equal(apply(oldDocument), apply(newDocument));
	}

	/**
	 * A feed row with its {@code old_val} and {@code new_val} transformed; other rows as
	 * they are.
	 */
	@SuppressWarnings("unchecked")
	@Nullable Object row(@Nullable Object row) {
		if (this.steps.isEmpty() || !(row instanceof Map<?, ?> fields)) {
			return row;
		}
		Map<String, @Nullable Object> copy = new LinkedHashMap<>((Map<String, @Nullable Object>) fields);
		for (String key : List.of("old_val", "new_val")) {
			if (copy.containsKey(key)) {
				copy.put(key, apply(copy.get(key)));
			}
		}
		return copy;
	}

}
