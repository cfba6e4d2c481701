package io.quire.engine.storage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Puts and deletes to apply atomically with {@link Storage#write}. Later operations on
 * the same key win. Not thread-safe.
 */
public final class WriteBatch {

	private final List<Operation> operations = new ArrayList<>();

	private long bytes;

	public WriteBatch put(String keyspace, byte[] key, byte[] value) {
		this.operations.add(new Operation(keyspace, key, value));
		this.bytes += key.length + value.length;
		return this;
	}

	public WriteBatch delete(String keyspace, byte[] key) {
		this.operations.add(new Operation(keyspace, key, null));
		this.bytes += key.length;
		return this;
	}

	public List<Operation> operations() {
		return Collections.unmodifiableList(this.operations);
	}

	public boolean isEmpty() {
		return this.operations.isEmpty();
	}

	public int size() {
		return this.operations.size();
	}

	/** Sum of the key and value lengths, a hint for sizing. */
	public long bytes() {
		return this.bytes;
	}

	/**
	 * One put (value set) or delete (value {@code null}).
	 */
	public record Operation(String keyspace, byte[] key, byte @Nullable [] value) {

		public boolean isDelete() {
			return this.value == null;
		}

	}

}
