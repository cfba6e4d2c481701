package io.quire.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The storage limit: rocksdbjni in this process, values being the same JSON documents,
 * writes with the same WAL sync as the durability. Reads are plain {@code get}s that do
 * not parse the value; an update rewrites the whole value (read, then put), as a document
 * store must.
 */
public final class RocksDbStore implements Store {

	static {
		RocksDB.loadLibrary();
	}

	private final Path directory;

	private final WriteOptions writeOptions;

	private final JsonMapper json = JsonMapper.builder().build();

	private RocksDB db;

	/** A fresh database in {@code directory}. */
	public RocksDbStore(Path directory, Durability durability) {
		this.directory = directory;
		this.writeOptions = new WriteOptions().setSync(durability.sync());
		this.db = open(directory);
	}

	@Override
	public void recreateTable() {
		this.db.close();
		deleteRecursively(this.directory);
		this.db = open(this.directory);
	}

	@Override
	public void insert(String key, Map<String, Object> fields) {
		Map<String, Object> document = new LinkedHashMap<>(fields);
		document.put("id", key);
		put(key, document);
	}

	@Override
	public void insertBatch(List<Map<String, Object>> documents) {
		try (WriteBatch batch = new WriteBatch()) {
			for (Map<String, Object> document : documents) {
				batch.put(bytes((String) document.get("id")), this.json.writeValueAsBytes(document));
			}
			this.db.write(this.writeOptions, batch);
		}
		catch (RocksDBException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public Map<String, Object> read(String key) {
		try {
			byte[] value = this.db.get(bytes(key));
			WriteResults.requireFound(value, key);
			return Map.of("bytes", value.length);
		}
		catch (RocksDBException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public void update(String key, String field, String value) {
		try {
			Map<String, Object> document = this.json.readValue(WriteResults.requireFound(this.db.get(bytes(key)), key),
					Map.class);
			document.put(field, value);
			put(key, document);
		}
		catch (RocksDBException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public int scan(String startKey, int count) {
		int read = 0;
		try (RocksIterator iterator = this.db.newIterator()) {
			for (iterator.seek(bytes(startKey)); iterator.isValid() && read < count; iterator.next()) {
				iterator.value();
				read++;
			}
		}
		return read;
	}

	@Override
	public void noop() {
		throw new UnsupportedOperationException("an embedded store has no round trip");
	}

	/** Bytes of the database's files. */
	public long diskBytes() {
		return DiskUsage.bytes(this.directory);
	}

	@Override
	public void close() {
		this.db.close();
		this.writeOptions.close();
	}

	private void put(String key, Map<String, Object> document) {
		try {
			this.db.put(this.writeOptions, bytes(key), this.json.writeValueAsBytes(document));
		}
		catch (RocksDBException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bytes(String key) {
		return key.getBytes(StandardCharsets.UTF_8);
	}

	private static RocksDB open(Path directory) {
		try (Options options = new Options().setCreateIfMissing(true)) {
			Files.createDirectories(directory);
			return RocksDB.open(options, directory.toString());
		}
		catch (IOException | RocksDBException ex) {
			throw new IllegalStateException("cannot open RocksDB in " + directory, ex);
		}
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot delete " + directory, ex);
		}
	}

}
