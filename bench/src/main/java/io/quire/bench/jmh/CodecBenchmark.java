package io.quire.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quire.bench.Documents;
import io.quire.driver.internal.DocumentMapper;
import io.quire.driver.internal.Response;
import io.quire.driver.query.ReqlExpr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JavaType;

import static io.quire.driver.Quire.r;

/**
 * The driver's CPU cost around a 1 KB document: building and encoding an insert query,
 * and decoding a response that holds the document into a {@code Map}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmark {

	private Map<String, Object> document;

	private byte[] responseBody;

	private JavaType mapType;

	@Setup
	public void prepare() {
		this.document = Documents.document("id", "user12345");
		String json = r.expr(this.document).toJson();
		this.responseBody = ("{\"t\":1,\"r\":[" + json + "]}").getBytes(StandardCharsets.UTF_8);
		this.mapType = DocumentMapper.shared().type(Map.class);
	}

	@Benchmark
	public String encodeInsertOf1KbDocument() {
		ReqlExpr query = r.db("ycsb").table("usertable").insert(this.document).optArg("durability", "soft");
		return query.toJson();
	}

	@Benchmark
	public Map<String, Object> decodeResponseOf1KbDocument() {
		Response response = Response.parse(1L, this.responseBody);
		List<?> data = response.data();
		return DocumentMapper.shared().map(data.get(0), this.mapType, true);
	}

}
