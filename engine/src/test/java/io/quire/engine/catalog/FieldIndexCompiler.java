package io.quire.engine.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A stand-in for the query layer's index compiler: the "function term" is a field name,
 * and {@code "multi:field"} indexes each element of an array field.
 */
final class FieldIndexCompiler {

	private FieldIndexCompiler() {
	}

	/** Holds back functions compiled from {@code "gate:field"} until opened. */
	static volatile CountDownLatch gate = new CountDownLatch(0);

	static IndexKeyFunction compile(IndexDefinition definition) {
		return compile((String) definition.function());
	}

	private static IndexKeyFunction compile(String spec) {
		if (spec.startsWith("gate:")) {
			IndexKeyFunction field = compile(spec.substring("gate:".length()));
			return (document) -> {
				awaitGate();
				return field.keys(document);
			};
		}
		if (spec.startsWith("multi:")) {
			String field = spec.substring("multi:".length());
			return (document) -> (document.get(field) instanceof List<?> list) ? List.copyOf(list) : List.of();
		}
		return (document) -> {
			Object value = document.get(spec);
			return (value != null) ? List.of(value) : List.of();
		};
	}

	private static void awaitGate() {
		try {
			gate.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static IndexDefinition field(String name) {
		return new IndexDefinition(name, name, false, false);
	}

	static IndexDefinition multi(String name, String field) {
		return new IndexDefinition(name, "multi:" + field, true, false);
	}

	static Map<String, Object> doc(Object... pairs) {
		Map<String, Object> document = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			document.put((String) pairs[i], pairs[i + 1]);
		}
		return document;
	}

}
