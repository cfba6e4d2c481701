package io.quire.engine.term;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * FOLD: a left fold with a base value. Without {@code emit} it is a reduction; with
 * {@code emit} it is lazy like {@code map}, so {@code limit} can end it, and yields the
 * rows {@code emit} returns (then those of {@code final_emit}).
 */
final class Folds {

	private Folds() {
	}

	static @Nullable Object fold(Call call) {
		Object source = call.arg(0);
		Object base = call.datum(1);
		Func combine = call.func(2);
		if (!call.has("emit")) {
			Object result = reduce(call, Values.finite(source), base, combine);
			return call.has("final_emit") ? funcOpt(call, "final_emit").apply(result) : result;
		}
		Func emit = funcOpt(call, "emit");
		Func finalEmit = call.has("final_emit") ? funcOpt(call, "final_emit") : null;
		Stream rows = Values.stream(source);
		Iterator<@Nullable Object> emitted = new Emitting(call, rows, base, combine, emit, finalEmit);
		return Values.like(source, Stream.derived(rows, emitted, false), call.context());
	}

	private static @Nullable Object reduce(Call call, Stream source, @Nullable Object base, Func combine) {
		Object accumulator = base;
		try (Stream rows = source) {
			while (rows.hasNext()) {
				Object row = rows.next();
				Object previous = accumulator;
				accumulator = call.framed(2, () -> combine.apply(previous, row));
			}
		}
		return accumulator;
	}

	private static Func funcOpt(Call call, String name) {
		Object value = call.optValue(name);
		if (value instanceof Func func) {
			return func;
		}
		return Node.constantFunction(Values.datum(value), call.env());
	}

	/** The rows a fold emits, computed one source row at a time as they are read. */
	private static final class Emitting implements Iterator<@Nullable Object> {

		private final Call call;

		private final Stream rows;

		private final Func combine;

		private final Func emit;

		private final @Nullable Func finalEmit;

		private @Nullable Object accumulator;

		private Iterator<?> pending = Collections.emptyIterator();

		private boolean finished;

		Emitting(Call call, Stream rows, @Nullable Object base, Func combine, Func emit, @Nullable Func finalEmit) {
			this.call = call;
			this.rows = rows;
			this.accumulator = base;
			this.combine = combine;
			this.emit = emit;
			this.finalEmit = finalEmit;
		}

		@Override
		public boolean hasNext() {
			while (!this.pending.hasNext() && !this.finished) {
				if (this.rows.hasNext()) {
					step(this.rows.next());
				}
				else {
					this.finished = true;
					emitFinal();
				}
			}
			return this.pending.hasNext();
		}

		@Override
		public @Nullable Object next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.pending.next();
		}

		private void step(@Nullable Object row) {
			Object previous = this.accumulator;
			Object next = this.call.framed(2, () -> this.combine.apply(previous, row));
			this.accumulator = next;
			this.pending = Types.array(this.emit.apply(previous, row, next)).iterator();
		}

		private void emitFinal() {
			if (this.finalEmit != null) {
				Object last = this.accumulator;
				this.pending = Types.array(this.finalEmit.apply(last)).iterator();
			}
		}

	}

}
