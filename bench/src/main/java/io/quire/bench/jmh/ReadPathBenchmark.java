package io.quire.bench.jmh;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quire.bench.Documents;
import io.quire.engine.storage.DocumentCodec;
import io.quire.protocol.json.ReqlJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.cbor.CBORFactory;

/**
 * The server's read path for one stored 1 KB document, the two biggest costs of the JFR
 * profile in BENCHMARKS.md: today's decode of the stored CBOR into a {@code Map} followed
 * by encoding the response as JSON, against streaming the stored CBOR straight into the
 * JSON response.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReadPathBenchmark {

	private static final CBORFactory cbor = new CBORFactory();

	private static final JsonFactory json = new JsonFactory();

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
	public byte[] streamStoredBytesIntoJson() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(this.stored.length + 64);
		try (JsonParser parser = cbor.createParser(ObjectReadContext.empty(), this.stored);
				JsonGenerator generator = json.createGenerator(ObjectWriteContext.empty(), out)) {
			generator.writeStartObject();
			generator.writeNumberProperty("t", 1);
			generator.writeArrayPropertyStart("r");
			parser.nextToken();
			generator.copyCurrentStructure(parser);
			generator.writeEndArray();
			generator.writeEndObject();
		}
		return out.toByteArray();
	}

}
