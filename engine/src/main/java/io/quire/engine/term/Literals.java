package io.quire.engine.term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quire.engine.QueryException;
import io.quire.engine.datum.PseudoTypeInput;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Folds MAKE_ARRAY and MAKE_OBJ terms made only of data (DATUM terms, and arrays and
 * objects of them, such as the documents of an {@code insert}) into one node that holds
 * the value, built once when the query compiles instead of term by term each time it
 * runs. Each evaluation hands out a fresh copy, since callers may change the arrays and
 * objects those terms build. What can only fail when the query runs fails as before: an
 * object that is not a valid pseudo-type is not folded, and when an array of the value
 * may be over the query's array or memory limit, the original terms are evaluated.
 */
final class Literals {

	private static final TermSpec ARRAY = folded(TermType.MAKE_ARRAY);

	private static final TermSpec OBJECT = folded(TermType.MAKE_OBJ);

	private Literals() {
	}

	/** The node folded into a literal when it is made only of data, else the node. */
	static Node fold(Node node) {
		boolean array = node.type() == TermType.MAKE_ARRAY;
		if (!(array || node.type() == TermType.MAKE_OBJ) || node.splicesArgs() || !allData(node)) {
			return node;
		}
		try {
			Literal literal = array ? array(node) : object(node);
			Node folded = new Node(array ? ARRAY : OBJECT, List.of(), Map.of(), literal);
			Object source = node.source();
			return (source != null) ? folded.withSource(source) : folded;
		}
		catch (QueryException ex) {
			return node;
		}
	}

	private static boolean allData(Node node) {
		return node.args().stream().allMatch(Literals::isData)
				&& node.optargs().values().stream().allMatch(Literals::isData);
	}

	private static boolean isData(Node node) {
		return node.type() == TermType.DATUM || node.datum() instanceof Literal;
	}

	private static Literal array(Node node) {
		List<@Nullable Object> elements = new ArrayList<>(node.args().size());
		long largest = node.args().size();
		for (Node arg : node.args()) {
			elements.add(valueOf(arg));
			largest = Math.max(largest, largestArray(arg));
		}
		return new Literal(elements, largest, node);
	}

	private static Literal object(Node node) {
		Map<String, @Nullable Object> object = new TreeMap<>();
		long largest = 0;
		for (Map.Entry<String, Node> optarg : node.optargs().entrySet()) {
			object.put(optarg.getKey(), valueOf(optarg.getValue()));
			largest = Math.max(largest, largestArray(optarg.getValue()));
		}
		return new Literal(PseudoTypeInput.check(object), largest, node);
	}

	private static @Nullable Object valueOf(Node data) {
		return (data.datum() instanceof Literal literal) ? literal.value() : data.datum();
	}

	private static long largestArray(Node data) {
		return (data.datum() instanceof Literal literal) ? literal.largestArray() : 0;
	}

	private static TermSpec folded(TermType type) {
		TermSpec spec = TermRegistry.spec(type);
		return new TermSpec(type, 0, 0, spec.optargs(), false, spec.determinism(),
				(call) -> ((Literal) call.node().datum()).evaluate(call));
	}

	/**
	 * A folded value; {@code largestArray} is the size of its biggest array built by
	 * MAKE_ARRAY, {@code terms} the node it was folded from.
	 */
	private record Literal(@Nullable Object value, long largestArray, Node terms) {

		@Nullable Object evaluate(Call call) {
			if (!call.context().acceptsArraySize(this.largestArray)) {
				return this.terms.eval(call.env());
			}
			return copy(this.value);
		}

	}

	@SuppressWarnings("unchecked")
	private static @Nullable Object copy(@Nullable Object value) {
		if (value instanceof List<?> list) {
			List<@Nullable Object> copy = new ArrayList<>(list.size());
			list.forEach((element) -> copy.add(copy(element)));
			return copy;
		}
		if (value instanceof TreeMap<?, ?> map) {
			TreeMap<String, @Nullable Object> copy = new TreeMap<>((TreeMap<String, Object>) map);
			copy.entrySet().forEach((entry) -> entry.setValue(copy(entry.getValue())));
			return copy;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, @Nullable Object> copy = new LinkedHashMap<>();
			map.forEach((key, element) -> copy.put((String) key, copy(element)));
			return copy;
		}
		return value;
	}

}
