package io.quire.tools.data;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * The documents of one file, in order.
 */
public interface RowSource extends AutoCloseable {

	/**
	 * The next document, or {@code null} at the end.
	 * @throws BadRowException if the next row is malformed
	 */
	@Nullable Row next() throws BadRowException, IOException;

	/** The file name used in messages. */
	String name();

	/** Bytes read so far. */
	long bytesRead();

	/** The file's size in bytes. */
	long size();

	@Override
	void close() throws IOException;

}
