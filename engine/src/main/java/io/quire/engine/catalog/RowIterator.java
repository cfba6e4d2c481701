package io.quire.engine.catalog;

import java.util.Iterator;
import java.util.Map;

/**
 * A lazy iterator over documents that holds storage resources (a RocksDB iterator or
 * snapshot) until closed. Cursors close it when the client stops or disconnects.
 */
public interface RowIterator extends Iterator<Map<String, Object>>, AutoCloseable {

	@Override
	void close();

}
