package io.quire.protocol.codec;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.TooLongFrameException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FrameDecoderTests {

	private final EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(64));

	@AfterEach
	void close() {
		this.channel.finishAndReleaseAll();
	}

	@Test
	void decodeShouldReadLittleEndianTokenLengthAndBody() {
		this.channel
			.writeInbound(Unpooled.wrappedBuffer(new byte[] { 1, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, '[', '4', ']' }));
		assertThat((Frame) this.channel.readInbound()).isEqualTo(new Frame(1, bytes("[4]")));
	}

	@Test
	void decodeShouldReassembleAFrameSentOneByteAtATime() {
		ByteBuf encoded = frame(0x0102030405060708L, "[1,[15,[\"users\"]],{}]");
		while (encoded.isReadable()) {
			assertThat((Object) this.channel.readInbound()).isNull();
			this.channel.writeInbound(encoded.readRetainedSlice(1));
		}
		encoded.release();
		assertThat((Frame) this.channel.readInbound())
			.isEqualTo(new Frame(0x0102030405060708L, bytes("[1,[15,[\"users\"]],{}]")));
	}

	@Test
	void decodeShouldSplitSeveralFramesInOneBuffer() {
		ByteBuf both = Unpooled.wrappedBuffer(frame(1, "[2]"), frame(2, "[3]"), frame(3, ""));
		this.channel.writeInbound(both);
		assertThat((Frame) this.channel.readInbound()).isEqualTo(new Frame(1, bytes("[2]")));
		assertThat((Frame) this.channel.readInbound()).isEqualTo(new Frame(2, bytes("[3]")));
		assertThat((Frame) this.channel.readInbound()).isEqualTo(new Frame(3, new byte[0]));
	}

	@Test
	void decodeShouldWaitForTheRestOfAFrameSplitAcrossBuffers() {
		ByteBuf encoded = frame(-7, "[1,\"hello\"]");
		this.channel.writeInbound(encoded.readRetainedSlice(5));
		this.channel.writeInbound(encoded.readRetainedSlice(10));
		assertThat((Object) this.channel.readInbound()).isNull();
		this.channel.writeInbound(encoded);
		assertThat((Frame) this.channel.readInbound()).isEqualTo(new Frame(-7, bytes("[1,\"hello\"]")));
	}

	@Test
	void decodeShouldAcceptABodyOfExactlyTheMaximumSize() {
		String body = "x".repeat(64);
		this.channel.writeInbound(frame(5, body));
		assertThat((Frame) this.channel.readInbound()).isEqualTo(new Frame(5, bytes(body)));
	}

	@Test
	void decodeShouldFailAsSoonAsTheHeaderAnnouncesAnOversizedBody() {
		ByteBuf header = Unpooled.buffer().writeLongLE(42).writeIntLE(65);
		assertThatExceptionOfType(FrameTooLargeException.class).isThrownBy(() -> this.channel.writeInbound(header))
			.isInstanceOf(TooLongFrameException.class)
			.withMessage("Query size (65) greater than maximum (64).")
			.satisfies((ex) -> {
				assertThat(ex.token()).isEqualTo(42);
				assertThat(ex.length()).isEqualTo(65);
				assertThat(ex.maxFrameSize()).isEqualTo(64);
			});
	}

	@Test
	void decodeShouldReadLengthsAsUnsigned() {
		ByteBuf header = Unpooled.buffer().writeLongLE(9).writeIntLE(0xfffffff0);
		assertThatExceptionOfType(FrameTooLargeException.class).isThrownBy(() -> this.channel.writeInbound(header))
			.withMessage("Query size (4294967280) greater than maximum (64).");
	}

	@Test
	void decodeShouldSkipAnOversizedBodyAndGoOnWithTheNextFrame() {
		ByteBuf oversized = frame(1, "y".repeat(100));
		assertThatExceptionOfType(FrameTooLargeException.class)
			.isThrownBy(() -> this.channel.writeInbound(oversized.readRetainedSlice(40)));
		this.channel.writeInbound(Unpooled.wrappedBuffer(oversized, frame(2, "[5]")));
		assertThat((Frame) this.channel.readInbound()).isEqualTo(new Frame(2, bytes("[5]")));
	}

	@Test
	void defaultMaximumShouldBeRethinkDbsLimit() {
		assertThat(new FrameDecoder().maxFrameSize()).isEqualTo(134217727);
	}

	static ByteBuf frame(long token, String body) {
		byte[] bytes = bytes(body);
		return Unpooled.buffer().writeLongLE(token).writeIntLE(bytes.length).writeBytes(bytes);
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
