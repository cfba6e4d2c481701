package io.quire.engine.storage.rocksdb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import io.quire.engine.storage.Checkpoint;
import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.StorageException;
import org.jspecify.annotations.Nullable;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * A RocksDB checkpoint: a directory of hard links to the store's immutable files plus its
 * own manifest, opened read-only here so that nothing in it changes while it is read (or
 * sent to another member).
 */
final class RocksDbCheckpoint implements Checkpoint {

	static {
		RocksDbLibrary.load();
	}

	private final DBOptions options;

	private final ColumnFamilyOptions familyOptions;

	private final RocksDB db;

	private final Map<String, ColumnFamilyHandle> families = new HashMap<>();

	private RocksDbCheckpoint(DBOptions options, ColumnFamilyOptions familyOptions, RocksDB db,
			List<ColumnFamilyHandle> handles) throws RocksDBException {
		this.options = options;
		this.familyOptions = familyOptions;
		this.db = db;
		for (ColumnFamilyHandle handle : handles) {
			this.families.put(new String(handle.getName(), StandardCharsets.UTF_8), handle);
		}
	}

	/** Writes a checkpoint of an open database into a directory that must not exist. */
	static void create(RocksDB db, Path directory) throws RocksDBException {
		try (org.rocksdb.Checkpoint checkpoint = org.rocksdb.Checkpoint.create(db)) {
			checkpoint.createCheckpoint(directory.toAbsolutePath().toString());
		}
	}

	static RocksDbCheckpoint open(Path directory) {
		String path = directory.toAbsolutePath().toString();
		if (!Files.isRegularFile(directory.resolve("CURRENT"))) {
			throw new StorageException("Cannot open checkpoint " + path + ": it holds no RocksDB store");
		}
		DBOptions options = new DBOptions();
		ColumnFamilyOptions familyOptions = new ColumnFamilyOptions();
		try {
			List<byte[]> names;
			try (Options listing = new Options()) {
				names = RocksDB.listColumnFamilies(listing, path);
			}
			List<ColumnFamilyDescriptor> descriptors = names.stream()
				.map((name) -> new ColumnFamilyDescriptor(name, familyOptions))
				.toList();
			List<ColumnFamilyHandle> handles = new ArrayList<>();
			RocksDB db = RocksDB.openReadOnly(options, path, descriptors, handles);
			return new RocksDbCheckpoint(options, familyOptions, db, handles);
		}
		catch (RocksDBException ex) {
			options.close();
			familyOptions.close();
			throw new StorageException("Cannot open checkpoint " + path + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public Set<String> keyspaces() {
		Set<String> names = new java.util.HashSet<>(this.families.keySet());
		names.remove(new String(RocksDB.DEFAULT_COLUMN_FAMILY, StandardCharsets.UTF_8));
		return names;
	}

	@Override
	public KeyValueIterator scan(String keyspace) {
		ColumnFamilyHandle handle = this.families.get(keyspace);
		return (handle != null) ? new Scan(this.db.newIterator(handle)) : RocksDbIterator.EMPTY;
	}

	@Override
	public void close() {
		this.families.values().forEach(ColumnFamilyHandle::close);
		this.db.close();
		this.familyOptions.close();
		this.options.close();
	}

	/** Every entry of one column family, forward. */
	private static final class Scan implements KeyValueIterator {

		private final RocksIterator cursor;

		private boolean started;

		private byte @Nullable [] key;

		private byte @Nullable [] value;

		Scan(RocksIterator cursor) {
			this.cursor = cursor;
		}

		@Override
		public boolean next() {
			if (this.started) {
				this.cursor.next();
			}
			else {
				this.started = true;
				this.cursor.seekToFirst();
			}
			if (!this.cursor.isValid()) {
				this.key = null;
				this.value = null;
				return false;
			}
			this.key = this.cursor.key();
			this.value = this.cursor.value();
			return true;
		}

		@Override
		public byte[] key() {
			return current(this.key);
		}

		@Override
		public byte[] value() {
			return current(this.value);
		}

		private static byte[] current(byte @Nullable [] bytes) {
			if (bytes == null) {
				throw new NoSuchElementException("No current entry");
			}
			return bytes;
		}

		@Override
		public void close() {
			this.cursor.close();
		}

	}

}
