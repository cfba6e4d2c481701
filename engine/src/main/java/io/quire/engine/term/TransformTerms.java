package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Printer;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Sequence transformations: MAP, CONCAT_MAP, WITH_FIELDS, SKIP, LIMIT, SLICE, NTH, UNION,
 * ZIP, IS_EMPTY, OFFSETS_OF, SAMPLE and RANGE. Streams stay lazy; arrays stay arrays.
 */
final class TransformTerms {

	private TransformTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.MAP).args(2, -1).perGroup().is(TransformTerms::map);
		specs.term(TermType.CONCAT_MAP).args(2).perGroup().is(TransformTerms::concatMap);
		specs.term(TermType.WITH_FIELDS).args(1, -1).perGroup().is(TransformTerms::withFields);
		specs.term(TermType.SKIP).args(2).perGroup().is(TransformTerms::skip);
		specs.term(TermType.LIMIT).args(2).perGroup().is(TransformTerms::limit);
		specs.term(TermType.SLICE).args(1, 3).optargs("left_bound", "right_bound").perGroup().is(Slices::slice);
		specs.term(TermType.NTH).args(2).perGroup().is(TransformTerms::nth);
		specs.term(TermType.UNION).args(0, -1).optargs("interleave").is(TransformTerms::union);
		specs.term(TermType.ZIP).args(1).perGroup().is(TransformTerms::zip);
		specs.term(TermType.IS_EMPTY).args(1).perGroup().is(TransformTerms::isEmpty);
		specs.term(TermType.OFFSETS_OF).args(2).perGroup().is(TransformTerms::offsetsOf);
		specs.term(TermType.SAMPLE).nondeterministic().args(2).perGroup().is(TransformTerms::sample);
		specs.term(TermType.RANGE).args(0, 2).is(TransformTerms::range);
	}

	private static Object map(Call call) {
		Func func = mapFunction(call);
		Object source = call.arg(0);
		Stream rows = Values.stream(source);
		if (call.count() == 2) {
			Iterator<@Nullable Object> mapped = Lazy.map(rows, (row) -> call.framed(1, () -> func.apply(row)));
			return Values.like(source, Stream.derived(rows, mapped, false), call.context());
		}
		List<Iterator<?>> sources = new ArrayList<>();
		sources.add(rows);
		for (int i = 1; i < call.count() - 1; i++) {
			sources.add(Values.stream(call.arg(i)));
		}
		Iterator<@Nullable Object> mapped = Lazy.zip(sources,
				(arguments) -> call.framed(call.count() - 1, () -> func.apply(arguments)));
		return Values.like(source, Stream.derived(rows, mapped, false), call.context());
	}

	/**
	 * The last argument of {@code map}: a function (a datum is refused, as RethinkDB
	 * does) taking one argument per sequence.
	 */
	private static Func mapFunction(Call call) {
		Object value = call.arg(call.count() - 1);
		if (!(value instanceof Func func)) {
			throw Values.literalMismatch("FUNCTION", value).withFrame(call.count() - 1);
		}
		int sequences = call.count() - 1;
		if (!func.accepts(sequences)) {
			throw QueryException
				.queryLogic("The function passed to `map` expects " + Func.plural(func.arity(), "argument") + ", but "
						+ sequences + ((sequences == 1) ? " sequence was" : " sequences were") + " found.");
		}
		return func;
	}

	private static Object concatMap(Call call) {
		Func func = call.func(1);
		Object source = call.arg(0);
		Stream rows = Values.stream(source);
		Iterator<@Nullable Object> flattened = Lazy.flatMap(rows, (row) -> {
			Object result = call.framed(1, () -> func.call(row));
			if (Values.isSequence(result)) {
				return Values.stream(result);
			}
			return call.framed(1, () -> Types.array(Values.datum(result))).iterator();
		});
		return Values.like(source, Stream.derived(rows, flattened, false), call.context());
	}

	private static Object withFields(Call call) {
		Object source = call.arg(0);
		List<@Nullable Object> selectors = call.datums(1);
		if (!Values.isSequence(source)) {
			Object datum = Values.datum(source);
			throw Types.typeError(datum,
					"Cannot perform has_fields on a non-object non-sequence `" + Printer.pretty(datum) + "`.");
		}
		Stream rows = Values.stream(source);
		Iterator<@Nullable Object> kept = Lazy.map(rows,
				(row) -> Paths.hasFields(row, selectors) ? Paths.pluck(row, selectors) : Lazy.skip());
		return Values.like(source, Stream.derived(rows, kept, false), call.context());
	}

	private static Object skip(Call call) {
		long count = call.integer(1);
		if (count < 0) {
			throw QueryException.queryLogic("Cannot use a negative left index on a stream.").withFrame(1);
		}
		Object source = call.arg(0);
		Stream rows = Values.stream(source);
		return Values.like(source, Stream.derived(rows, Lazy.skip(rows, count), true), call.context());
	}

	private static Object limit(Call call) {
		long count = call.integer(1);
		if (count < 0) {
			throw QueryException.queryLogic("LIMIT takes a non-negative argument (got " + count + ")").withFrame(1);
		}
		Object source = call.arg(0);
		Stream rows = Values.stream(source);
		return Values.like(source, Stream.derived(rows, Lazy.limit(rows, count), true).endless(false), call.context());
	}

	static @Nullable Object nth(Call call) {
		long index = call.integer(1);
		Object source = call.arg(0);
		if (!Values.isSequence(source)) {
			Object datum = call.datum(0);
			throw QueryException.queryLogic("Cannot convert " + Datums.typeName(datum) + " to SEQUENCE").withFrame(0);
		}
		Stream rows = Values.stream(source);
		Object row = (index < 0) ? fromEnd(rows, -index, call) : atIndex(rows, index);
		if (rows.table() != null && row instanceof Map<?, ?> document) {
			return new SingleRow(rows.table(), document.get(rows.table().primaryKey()), Types.object(document));
		}
		return row;
	}

	private static @Nullable Object atIndex(Stream rows, long index) {
		try (rows) {
			Iterator<?> rest = Lazy.skip(rows, index);
			if (!rest.hasNext()) {
				throw QueryException.nonExistence("Index out of bounds: " + index);
			}
			return rest.next();
		}
	}

	private static @Nullable Object fromEnd(Stream rows, long fromEnd, Call call) {
		List<@Nullable Object> all = rows.drain(call.context());
		if (fromEnd > all.size()) {
			throw QueryException.nonExistence("Index out of bounds: " + (-fromEnd));
		}
		return all.get((int) (all.size() - fromEnd));
	}

	private static Object union(Call call) {
		boolean allArrays = true;
		List<Stream> parts = new ArrayList<>();
		for (int i = 0; i < call.count(); i++) {
			Object value = call.arg(i);
			allArrays &= value instanceof List;
			parts.add(call.framed(i, () -> Values.stream(value)));
		}
		Object interleave = interleaveOption(call);
		Iterator<@Nullable Object> joined = Interleave.isOrdering(interleave)
				? Interleave.merge(parts, interleave, call) : Lazy.flatMap(parts.iterator(), (part) -> (Stream) part);
		Stream stream = new Stream(joined, () -> parts.forEach(Stream::close), null, false);
		return allArrays ? call.context().checkArray(stream.drain(call.context())) : stream;
	}

	/**
	 * UNION's {@code interleave}; an array of orderings is read element by element, as it
	 * may hold functions, which no datum array can.
	 */
	private static @Nullable Object interleaveOption(Call call) {
		Node node = call.node().optargs().get("interleave");
		if (node == null) {
			return Boolean.TRUE;
		}
		if (node.type() != TermType.MAKE_ARRAY) {
			return call.optValue("interleave");
		}
		List<@Nullable Object> keys = new ArrayList<>();
		for (Node key : node.args()) {
			keys.add(key.eval(call.env()));
		}
		return keys;
	}

	/**
	 * Merges each pair's right into its left; an outer join's unmatched row has no right.
	 */
	private static Object zip(Call call) {
		return ObjectTerms.eachRow(call, (row) -> {
			Map<String, @Nullable Object> pair = Types.object(row);
			if (!pair.containsKey("left")) {
				throw QueryException.queryLogic("ZIP can only be called on the result of a join.");
			}
			if (!pair.containsKey("right")) {
				return pair.get("left");
			}
			return Paths.merge(pair.get("left"), pair.get("right"));
		});
	}

	private static Object isEmpty(Call call) {
		try (Stream rows = Values.finite(call.arg(0))) {
			return !rows.hasNext();
		}
	}

	private static Object offsetsOf(Call call) {
		Object needle = call.arg(1);
		List<Object> offsets = new ArrayList<>();
		try (Stream rows = Values.finite(call.arg(0))) {
			long index = 0;
			while (rows.hasNext()) {
				Object row = rows.next();
				boolean found = (needle instanceof Func func) ? func.test(row)
						: Datums.equal(Values.datum(needle), row);
				if (found) {
					offsets.add((double) index);
				}
				index++;
			}
		}
		return call.context().checkArray(offsets);
	}

	private static Object sample(Call call) {
		long size = call.integer(1);
		if (size < 0) {
			throw QueryException.queryLogic("Number of items to sample must be non-negative, got `" + size + "`.");
		}
		List<@Nullable Object> sample = new ArrayList<>();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		@Nullable Table table;
		try (Stream rows = Values.finite(call.arg(0))) {
			table = rows.table();
			long seen = 0;
			while (rows.hasNext()) {
				Object row = rows.next();
				seen++;
				if (sample.size() < size) {
					sample.add(row);
				}
				else if (random.nextLong(seen) < size) {
					sample.set((int) random.nextLong(size), row);
				}
			}
		}
		Collections.shuffle(sample);
		// A sample of a table or selection is a selection, so it can be updated or
		// deleted.
		return (table != null) ? Stream.selection(sample, table) : sample;
	}

	private static Object range(Call call) {
		long start = (call.count() == 2) ? call.integer(0) : 0;
		long end = (call.count() == 0) ? Long.MAX_VALUE : call.integer(call.count() - 1);
		Iterator<Object> numbers = new Iterator<>() {

			private long next = start;

			@Override
			public boolean hasNext() {
				return this.next < end;
			}

			@Override
			public Object next() {
				return (double) this.next++;
			}

		};
		return Stream.of(numbers).endless(call.count() == 0);
	}

}
