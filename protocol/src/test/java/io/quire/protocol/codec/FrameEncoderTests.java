package io.quire.protocol.codec;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameEncoderTests {

	@Test
	void encodeShouldWriteLittleEndianHeaderThenBody() {
		EmbeddedChannel channel = new EmbeddedChannel(new FrameEncoder());
		channel.writeOutbound(new Frame(0x0102030405060708L, "[1]".getBytes(StandardCharsets.US_ASCII)));
		ByteBuf out = channel.readOutbound();
		assertThat(ByteBufUtil.getBytes(out)).containsExactly(8, 7, 6, 5, 4, 3, 2, 1, 3, 0, 0, 0, '[', '1', ']');
		out.release();
		channel.finishAndReleaseAll();
	}

	@Test
	void encodedFramesShouldDecodeToEqualFrames() {
		FrameEncoder encoder = new FrameEncoder();
		EmbeddedChannel client = new EmbeddedChannel(encoder);
		EmbeddedChannel server = new EmbeddedChannel(new FrameDecoder());
		Frame[] frames = { new Frame(1, bytes("[1,[14,[\"test\"]],{}]")), new Frame(Long.MAX_VALUE, bytes("")),
				new Frame(-1, bytes("{\"t\":1,\"r\":[\"é\"]}")) };
		for (Frame frame : frames) {
			client.writeOutbound(frame);
			server.writeInbound((ByteBuf) client.readOutbound());
		}
		for (Frame frame : frames) {
			assertThat((Frame) server.readInbound()).isEqualTo(frame);
		}
		client.finishAndReleaseAll();
		server.finishAndReleaseAll();
	}

	@Test
	void encoderShouldBeSharable() {
		assertThat(new FrameEncoder().isSharable()).isTrue();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
