package io.quire.bench.jmh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import io.quire.bench.Documents;
import io.quire.protocol.json.ReqlJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The server's response framing, before and after writing JSON straight into the outgoing
 * buffer: {@code viaByteArray} is the old path (JSON into a growing byte array, then
 * copied into the frame), {@code direct} the new one (token, length placeholder and JSON
 * written into the pooled buffer, length filled in afterwards). One response of
 * {@code rows} 1 KB documents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResponseFrameBenchmark {

	@Param({ "1", "100" })
	public int rows;

	private Map<String, Object> response;

	private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

	@Setup
	public void prepare() {
		List<Object> documents = new ArrayList<>();
		for (int i = 0; i < this.rows; i++) {
			documents.add(Documents.document("id", "user" + i));
		}
		this.response = new LinkedHashMap<>();
		this.response.put("t", (this.rows == 1) ? 1 : 2);
		this.response.put("r", documents);
		if (this.rows > 1) {
			this.response.put("n", List.of());
		}
	}

	@Benchmark
	public int viaByteArray() {
		byte[] body = ReqlJson.write(this.response);
		ByteBuf frame = this.allocator.buffer(12 + body.length);
		frame.writeLongLE(1L).writeIntLE(body.length).writeBytes(body);
		return release(frame);
	}

	@Benchmark
	public int direct() {
		ByteBuf frame = this.allocator.buffer();
		frame.writeLongLE(1L).writeIntLE(0);
		ReqlJson.write(this.response, new ByteBufOutputStream(frame));
		frame.setIntLE(8, frame.writerIndex() - 12);
		return release(frame);
	}

	private static int release(ByteBuf frame) {
		int size = frame.readableBytes();
		frame.release();
		return size;
	}

}
