package io.quire.engine.storage;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

import io.quire.protocol.json.JsonWritable;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * A document as a table read it: its stored bytes, decoded into a map only once something
 * reads a field, and written as JSON straight from the bytes
 * ({@link DocumentCodec#transcode}), so that a document read only to be sent is never
 * built as a datum. Unmodifiable; safe to share between threads.
 */
public final class StoredDocument extends AbstractMap<String, Object> implements JsonWritable {

	private final byte[] bytes;

	private volatile @Nullable Map<String, Object> decoded;

	/**
	 * @param bytes what {@link DocumentCodec#encode} gave for a document; not copied
	 */
	public StoredDocument(byte[] bytes) {
		this.bytes = bytes;
	}

	/** How many bytes the document takes stored (about what its JSON takes). */
	public int storedSize() {
		return this.bytes.length;
	}

	@Override
	public void writeJson(JsonGenerator generator) {
		DocumentCodec.transcode(this.bytes, generator);
	}

	@Override
	public Set<Entry<String, Object>> entrySet() {
		return decoded().entrySet();
	}

	@Override
	public @Nullable Object get(@Nullable Object key) {
		return decoded().get(key);
	}

	@Override
	public boolean containsKey(@Nullable Object key) {
		return decoded().containsKey(key);
	}

	@Override
	public int size() {
		return decoded().size();
	}

	private Map<String, Object> decoded() {
		Map<String, Object> document = this.decoded;
		if (document == null) {
			document = Collections.unmodifiableMap(DocumentCodec.decodeDocument(this.bytes));
			this.decoded = document;
		}
		return document;
	}

}
