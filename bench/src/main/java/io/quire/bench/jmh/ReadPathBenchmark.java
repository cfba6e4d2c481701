package io.quire.bench.jmh;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quire.bench.Documents;
import io.quire.engine.storage.DocumentCodec;
import io.quire.engine.storage.StoredDocument;
import io.quire.protocol.json.ReqlJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The server's read path for one stored 1 KB document, the two biggest costs of the JFR
 * profile in BENCHMARKS.md: decoding the stored CBOR into a {@code Map} and encoding that
 * as the JSON response (what a {@code get} did before), against the server's transcoding
 * of the stored CBOR straight into the JSON response ({@link StoredDocument}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReadPathBenchmark {

	private byte[] stored;

	@Setup
	public void store() {
		this.stored = DocumentCodec.encode(Documents.document("id", "user12345"));
	}

	@Benchmark
	public byte[] decodeToMapThenWriteJson() {
		Map<String, Object> document = DocumentCodec.decodeDocument(this.stored);
		return ReqlJson.write(Map.of("t", 1, "r", List.of(document)));
	}

	@Benchmark
	public byte[] transcodeStoredBytesIntoJson() {
		return ReqlJson.write(Map.of("t", 1, "r", List.of(new StoredDocument(this.stored))));
	}

}
