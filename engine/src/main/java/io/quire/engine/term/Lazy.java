package io.quire.engine.term;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/** Lazy iterator combinators behind stream terms. */
final class Lazy {

	private static final Object NONE = new Object();

	private Lazy() {
	}

	/** Applies {@code mapper}; rows it maps to {@link #skip()} are left out. */
	static Iterator<@Nullable Object> map(Iterator<?> source, Function<@Nullable Object, @Nullable Object> mapper) {
		return new Iterator<>() {

			private @Nullable Object next = NONE;

			@Override
			public boolean hasNext() {
				while (this.next == NONE && source.hasNext()) {
					this.next = mapper.apply(source.next());
				}
				return this.next != NONE;
			}

			@Override
			public @Nullable Object next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				Object result = this.next;
				this.next = NONE;
				return result;
			}

		};
	}

	/** The marker a mapper returns to leave a row out. */
	static Object skip() {
		return NONE;
	}

	static Iterator<@Nullable Object> filter(Iterator<?> source, Predicate<@Nullable Object> predicate) {
		return map(source, (row) -> predicate.test(row) ? row : NONE);
	}

	/** Each row mapped to an iterator, flattened. */
	static Iterator<@Nullable Object> flatMap(Iterator<?> source, Function<@Nullable Object, Iterator<?>> mapper) {
		return new Iterator<>() {

			private Iterator<?> current = Collections.emptyIterator();

			@Override
			public boolean hasNext() {
				while (!this.current.hasNext() && source.hasNext()) {
					this.current = mapper.apply(source.next());
				}
				return this.current.hasNext();
			}

			@Override
			public @Nullable Object next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.current.next();
			}

		};
	}

	static Iterator<@Nullable Object> limit(Iterator<?> source, long limit) {
		return new Iterator<>() {

			private long remaining = limit;

			@Override
			public boolean hasNext() {
				return this.remaining > 0 && source.hasNext();
			}

			@Override
			public @Nullable Object next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				this.remaining--;
				return source.next();
			}

		};
	}

	static Iterator<?> skip(Iterator<?> source, long count) {
		for (long i = 0; i < count && source.hasNext(); i++) {
			source.next();
		}
		return source;
	}

	/** One row per position of several sources, as long as every source has one. */
	static Iterator<@Nullable Object> zip(List<Iterator<?>> sources,
			Function<@Nullable Object[], @Nullable Object> combine) {
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return sources.stream().allMatch(Iterator::hasNext);
			}

			@Override
			public @Nullable Object next() {
				Object[] row = new Object[sources.size()];
				for (int i = 0; i < row.length; i++) {
					row[i] = sources.get(i).next();
				}
				return combine.apply(row);
			}

		};
	}

}
