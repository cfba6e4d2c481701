package io.quire.engine.net;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.quire.protocol.codec.Frame;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame deadline on an {@link EmbeddedChannel} with a frozen clock, where time only
 * moves when the test says so.
 */
class DeadlineFrameDecoderTests {

	private static final byte[] FRAME = frame("[1,[1,\"x\"]]");

	private EmbeddedChannel channel;

	@BeforeEach
	void channel() {
		this.channel = new EmbeddedChannel(new DeadlineFrameDecoder(1024, Duration.ofSeconds(10)));
		this.channel.freezeTime();
	}

	@Test
	void anIncompleteFrameShouldCloseTheChannelAtItsDeadline() {
		send(Arrays.copyOf(FRAME, 5));
		advanceSeconds(9);
		assertThat(this.channel.isOpen()).isTrue();
		send(Arrays.copyOfRange(FRAME, 5, 8));
		advanceSeconds(2);
		assertThat(this.channel.isOpen()).isFalse();
	}

	@Test
	void eachFrameShouldGetItsOwnDeadline() {
		byte[] twoAndAHalf = concat(FRAME, concat(FRAME, Arrays.copyOf(FRAME, 3)));
		send(Arrays.copyOf(twoAndAHalf, 5));
		advanceSeconds(8);
		send(Arrays.copyOfRange(twoAndAHalf, 5, twoAndAHalf.length));
		assertThat((Frame) this.channel.readInbound()).isNotNull();
		assertThat((Frame) this.channel.readInbound()).isNotNull();
		advanceSeconds(8);
		assertThat(this.channel.isOpen()).isTrue();
		advanceSeconds(3);
		assertThat(this.channel.isOpen()).isFalse();
	}

	@Test
	void aChannelIdleBetweenFramesShouldStayOpen() {
		send(FRAME);
		assertThat((Frame) this.channel.readInbound()).isNotNull();
		advanceSeconds(3600);
		assertThat(this.channel.isOpen()).isTrue();
	}

	@Test
	void theDeadlineShouldWaitWhileTheServerDoesNotReadAndRestartWhenItDoes() {
		send(Arrays.copyOf(FRAME, 5));
		this.channel.config().setAutoRead(false);
		advanceSeconds(60);
		assertThat(this.channel.isOpen()).isTrue();
		this.channel.config().setAutoRead(true);
		send(Arrays.copyOfRange(FRAME, 5, 8));
		advanceSeconds(9);
		assertThat(this.channel.isOpen()).isTrue();
		advanceSeconds(2);
		assertThat(this.channel.isOpen()).isFalse();
	}

	private void send(byte[] bytes) {
		this.channel.writeInbound(Unpooled.wrappedBuffer(bytes));
	}

	private void advanceSeconds(long seconds) {
		// one second at a time, so a deadline re-armed on the way also comes due
		for (long i = 0; i < seconds; i++) {
			this.channel.advanceTimeBy(1, TimeUnit.SECONDS);
			this.channel.runScheduledPendingTasks();
		}
	}

	private static byte[] frame(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocate(12 + body.length)
			.order(ByteOrder.LITTLE_ENDIAN)
			.putLong(1)
			.putInt(body.length)
			.put(body)
			.array();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
