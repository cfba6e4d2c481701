package io.quire.engine.catalog;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Documents already in memory, such as the result of a primary key lookup.
 */
public final class ListRowIterator implements RowIterator {

	private final Iterator<Map<String, Object>> documents;

	public ListRowIterator(List<Map<String, Object>> documents) {
		this.documents = documents.iterator();
	}

	@Override
	public boolean hasNext() {
		return this.documents.hasNext();
	}

	@Override
	public Map<String, Object> next() {
		return this.documents.next();
	}

	@Override
	public void close() {
	}

}
