package io.quire.data.core;

import java.util.Iterator;

import org.springframework.dao.DataAccessException;

/**
 * An iterator whose driver failures come out as Spring's {@link DataAccessException}s (a
 * changefeed ends with one when its table is dropped or its connection breaks).
 */
final class TranslatingIterator<T> implements Iterator<T> {

	private final Iterator<T> delegate;

	private final QuireExceptionTranslator translator;

	TranslatingIterator(Iterator<T> delegate, QuireExceptionTranslator translator) {
		this.delegate = delegate;
		this.translator = translator;
	}

	@Override
	public boolean hasNext() {
		try {
			return this.delegate.hasNext();
		}
		catch (RuntimeException ex) {
			throw translated(ex, this.translator);
		}
	}

	@Override
	public T next() {
		try {
			return this.delegate.next();
		}
		catch (RuntimeException ex) {
			throw translated(ex, this.translator);
		}
	}

	/** The Spring exception for a failure, or the failure itself when it has none. */
	static RuntimeException translated(RuntimeException ex, QuireExceptionTranslator translator) {
		DataAccessException translated = translator.translateExceptionIfPossible(ex);
		return (translated != null) ? translated : ex;
	}

}
