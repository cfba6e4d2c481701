package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** FOLD: a left fold with a base value, optionally emitting rows along the way. */
final class Folds {

	private Folds() {
	}

	static @Nullable Object fold(Call call) {
		Object accumulator = call.datum(1);
		Func combine = call.func(2);
		Func emit = call.has("emit") ? funcOpt(call, "emit") : null;
		Func finalEmit = call.has("final_emit") ? funcOpt(call, "final_emit") : null;
		List<@Nullable Object> emitted = new ArrayList<>();
		try (Stream rows = Values.stream(call.arg(0))) {
			while (rows.hasNext()) {
				Object row = rows.next();
				Object previous = accumulator;
				accumulator = call.framed(2, () -> combine.apply(previous, row));
				if (emit != null) {
					emitted.addAll(Types.array(emit.apply(previous, row, accumulator)));
				}
			}
		}
		if (emit == null) {
			return accumulator;
		}
		if (finalEmit != null) {
			emitted.addAll(Types.array(finalEmit.apply(accumulator)));
		}
		return call.context().checkArray(emitted);
	}

	private static Func funcOpt(Call call, String name) {
		Object value = call.optValue(name);
		if (value instanceof Func func) {
			return func;
		}
		return Node.constantFunction(Values.datum(value), call.env());
	}

}
