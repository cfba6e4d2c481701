package io.quire.engine.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline on an incomplete frame, through a real server and raw sockets: a client
 * that sends part of a frame and stalls, or trickles it, loses its connection; one that
 * is idle between frames keeps it.
 */
class FrameReadTimeoutIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofMillis(500);

	private QuireServer server;

	@BeforeEach
	void start() {
		this.server = QuireServer.builder().port(0).inMemory().frameReadTimeout(TIMEOUT).build();
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private RawClient client() throws IOException {
		return RawClient.authenticated(this.server.port(), "admin", "");
	}

	@Test
	void aFrameThatStallsHalfwayShouldCloseTheConnection() throws IOException {
		byte[] frame = frame(1, "[1,[1,\"never finished\"]]");
		try (RawClient client = client()) {
			client.write(Arrays.copyOf(frame, frame.length / 2));
			// the client's read times out after 10 s, twenty times the deadline
			assertThat(client.isClosedByServer()).isTrue();
		}
	}

	@Test
	void aHeaderThatStallsShouldCloseTheConnection() throws IOException {
		try (RawClient client = client()) {
			client.write(new byte[] { 1, 0, 0, 0, 0 });
			assertThat(client.isClosedByServer()).isTrue();
		}
	}

	@Test
	void aFrameTrickledSlowerThanTheDeadlineShouldCloseTheConnection() throws IOException, InterruptedException {
		byte[] frame = frame(1, "[1,[1,\"" + "x".repeat(100) + "\"]]");
		try (RawClient client = client()) {
			// each byte comes well within the deadline, the whole frame far beyond it
			for (int i = 0; i < frame.length && !trickle(client, frame[i]); i++) {
				Thread.sleep(50);
			}
			assertThat(client.isClosedByServer()).isTrue();
		}
	}

	@Test
	void aConnectionIdleBetweenFramesShouldStayOpen() throws IOException, InterruptedException {
		try (RawClient client = client()) {
			client.sendFrame(1, "[1,[1,\"first\"]]");
			assertThat(client.readReply().result(0)).isEqualTo("first");
			// idle for several deadlines: nothing is owed, so nothing is closed
			assertThat(client.hasReplyWithin(TIMEOUT.multipliedBy(4))).isFalse();
			client.sendFrame(2, "[1,[1,\"second\"]]");
			assertThat(client.readReply().result(0)).isEqualTo("second");
		}
	}

	@Test
	void framesSentInPiecesWithinTheDeadlineShouldBeAnswered() throws IOException, InterruptedException {
		try (RawClient client = client()) {
			for (long token = 1; token <= 3; token++) {
				byte[] frame = frame(token, "[1,[1," + token + "]]");
				client.write(Arrays.copyOf(frame, 7));
				Thread.sleep(TIMEOUT.toMillis() / 10);
				client.write(Arrays.copyOfRange(frame, 7, frame.length));
				assertThat(client.readReply().result(0)).isEqualTo(token);
			}
		}
	}

	/** Writes one byte; true once the server has closed the connection. */
	private static boolean trickle(RawClient client, byte b) {
		try {
			client.write(new byte[] { b });
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

	private static byte[] frame(long token, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocate(12 + body.length)
			.order(ByteOrder.LITTLE_ENDIAN)
			.putLong(token)
			.putInt(body.length)
			.put(body)
			.array();
	}

}
