package io.quire.engine.net;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.quire.protocol.json.ReqlJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseEncoderTests {

	@Test
	void shouldWriteTokenLengthAndBodyAsOneFrame() {
		EmbeddedChannel channel = new EmbeddedChannel(new ResponseEncoder(ReqlJson.DEFAULT_MAX_DEPTH));
		channel.writeOutbound(Response.atom(42L, Map.of("a", 1.0), null));
		ByteBuf frame = channel.readOutbound();
		try {
			assertThat(frame.readLongLE()).isEqualTo(42L);
			int length = frame.readIntLE();
			assertThat(length).isEqualTo(frame.readableBytes());
			String body = frame.toString(StandardCharsets.UTF_8);
			assertThat(ReqlJson.read(body)).isEqualTo(Map.of("t", 1L, "r", List.of(Map.of("a", 1L))));
		}
		finally {
			frame.release();
		}
	}

	@Test
	void aResultThatIsNotJsonShouldBecomeARuntimeErrorFrame() {
		EmbeddedChannel channel = new EmbeddedChannel(new ResponseEncoder(ReqlJson.DEFAULT_MAX_DEPTH));
		channel.writeOutbound(Response.atom(7L, List.of(Double.NaN), null));
		ByteBuf frame = channel.readOutbound();
		try {
			assertThat(frame.readLongLE()).isEqualTo(7L);
			assertThat(frame.readIntLE()).isEqualTo(frame.readableBytes());
			Map<?, ?> body = (Map<?, ?>) ReqlJson.read(frame.toString(StandardCharsets.UTF_8));
			assertThat(body.get("t")).isEqualTo(18L);
			assertThat((List<?>) body.get("r")).singleElement()
				.asString()
				.startsWith("Cannot write the result as JSON");
		}
		finally {
			frame.release();
		}
	}

}
