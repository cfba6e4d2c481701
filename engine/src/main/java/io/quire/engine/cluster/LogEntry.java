package io.quire.engine.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import org.jspecify.annotations.Nullable;

/**
 * One Raft log entry: a write to the store, either a whole {@link WriteBatch} or the
 * creation or drop of a keyspace. Its binary form is a version byte, a kind byte, then
 * for a batch the operation count and per operation a tag (put or delete), the keyspace
 * name and the key and value as length-prefixed bytes.
 */
public final class LogEntry {

	private static final byte VERSION = 1;

	private static final byte PUT = 1;

	private static final byte DELETE = 2;

	private final Kind kind;

	private final @Nullable String keyspace;

	private final WriteBatch batch;

	private LogEntry(Kind kind, @Nullable String keyspace, WriteBatch batch) {
		this.kind = kind;
		this.keyspace = keyspace;
		this.batch = batch;
	}

	public static LogEntry write(WriteBatch batch) {
		return new LogEntry(Kind.WRITE, null, Objects.requireNonNull(batch, "batch must not be null"));
	}

	public static LogEntry createKeyspace(String keyspace) {
		return new LogEntry(Kind.CREATE_KEYSPACE, Objects.requireNonNull(keyspace, "keyspace must not be null"),
				new WriteBatch());
	}

	public static LogEntry dropKeyspace(String keyspace) {
		return new LogEntry(Kind.DROP_KEYSPACE, Objects.requireNonNull(keyspace, "keyspace must not be null"),
				new WriteBatch());
	}

	public Kind kind() {
		return this.kind;
	}

	/** The keyspace created or dropped; {@code null} for a write. */
	public @Nullable String keyspace() {
		return this.keyspace;
	}

	/** The operations of a write, empty for a keyspace change. */
	public WriteBatch batch() {
		return this.batch;
	}

	/**
	 * Whether applying this entry may change what the catalog or the users hold in
	 * memory: a keyspace change or a write to the metadata keyspace.
	 */
	public boolean touchesMetadata() {
		return this.kind != Kind.WRITE || this.batch.operations()
			.stream()
			.anyMatch((operation) -> operation.keyspace().equals(Storage.METADATA));
	}

	/**
	 * Whether this entry is a keyspace change or writes a metadata key that does not
	 * start with {@code prefix}.
	 */
	public boolean touchesMetadataBesides(byte[] prefix) {
		return this.kind != Kind.WRITE || this.batch.operations()
			.stream()
			.anyMatch((operation) -> operation.keyspace().equals(Storage.METADATA) && !Arrays.equals(operation.key(), 0,
					Math.min(prefix.length, operation.key().length), prefix, 0, prefix.length));
	}

	/** Applies the entry to a store, adding {@code extra} to a write's batch. */
	void applyTo(Storage storage, WriteBatch extra) {
		switch (this.kind) {
			case CREATE_KEYSPACE -> storage.createKeyspace(this.keyspace);
			case DROP_KEYSPACE -> storage.dropKeyspace(this.keyspace);
			case WRITE -> {
			}
		}
		WriteBatch combined = new WriteBatch();
		this.batch.operations().forEach((operation) -> add(combined, operation));
		extra.operations().forEach((operation) -> add(combined, operation));
		storage.write(combined, false);
	}

	private static void add(WriteBatch batch, WriteBatch.Operation operation) {
		if (operation.isDelete()) {
			batch.delete(operation.keyspace(), operation.key());
		}
		else {
			batch.put(operation.keyspace(), operation.key(), operation.value());
		}
	}

	public byte[] encode() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(64 + this.batch.bytes(), 1 << 20));
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			out.writeByte(this.kind.ordinal());
			if (this.kind == Kind.WRITE) {
				writeBatch(out);
			}
			else {
				out.writeUTF(this.keyspace);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private void writeBatch(DataOutputStream out) throws IOException {
		List<WriteBatch.Operation> operations = this.batch.operations();
		out.writeInt(operations.size());
		for (WriteBatch.Operation operation : operations) {
			out.writeByte(operation.isDelete() ? DELETE : PUT);
			out.writeUTF(operation.keyspace());
			writeBytes(out, operation.key());
			if (!operation.isDelete()) {
				writeBytes(out, operation.value());
			}
		}
	}

	private static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
		out.writeInt(value.length);
		out.write(value);
	}

	/**
	 * @throws IllegalArgumentException if the bytes are not an entry of this version
	 */
	public static LogEntry decode(byte[] encoded) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
			if (in.readByte() != VERSION) {
				throw new IllegalArgumentException("Unknown log entry version " + encoded[0]);
			}
			Kind kind = kindOf(in.readByte());
			return switch (kind) {
				case WRITE -> write(readBatch(in));
				case CREATE_KEYSPACE -> createKeyspace(in.readUTF());
				case DROP_KEYSPACE -> dropKeyspace(in.readUTF());
			};
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Truncated log entry", ex);
		}
	}

	private static Kind kindOf(byte ordinal) {
		Kind[] kinds = Kind.values();
		if (ordinal < 0 || ordinal >= kinds.length) {
			throw new IllegalArgumentException("Unknown log entry kind " + ordinal);
		}
		return kinds[ordinal];
	}

	private static WriteBatch readBatch(DataInputStream in) throws IOException {
		int count = in.readInt();
		WriteBatch batch = new WriteBatch();
		for (int i = 0; i < count; i++) {
			byte tag = in.readByte();
			String keyspace = in.readUTF();
			byte[] key = readBytes(in);
			switch (tag) {
				case PUT -> batch.put(keyspace, key, readBytes(in));
				case DELETE -> batch.delete(keyspace, key);
				default -> throw new IllegalArgumentException("Unknown operation tag " + tag);
			}
		}
		return batch;
	}

	private static byte[] readBytes(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > in.available()) {
			throw new IllegalArgumentException("Log entry value of " + length + " bytes exceeds the entry");
		}
		return in.readNBytes(length);
	}

	/** What an entry does. */
	public enum Kind {

		WRITE, CREATE_KEYSPACE, DROP_KEYSPACE

	}

}
