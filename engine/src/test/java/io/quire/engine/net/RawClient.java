package io.quire.engine.net;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.quire.protocol.Version;
import io.quire.protocol.handshake.ScramClient;
import io.quire.protocol.json.ReqlJson;
import org.jspecify.annotations.Nullable;

/**
 * A blocking client on a plain socket that writes exactly the bytes a test wants: the
 * handshake (pipelined as official drivers do), raw frames and raw garbage.
 */
final class RawClient implements AutoCloseable {

	private final Socket socket;

	private final OutputStream out;

	private final DataInputStream in;

	RawClient(int port) throws IOException {
		this(new Socket("127.0.0.1", port));
	}

	/** A client on a socket the test opened, such as a TLS socket. */
	RawClient(Socket socket) throws IOException {
		this.socket = socket;
		this.socket.setSoTimeout(10_000);
		this.out = this.socket.getOutputStream();
		this.in = new DataInputStream(this.socket.getInputStream());
	}

	static RawClient authenticated(int port, String user, String password) throws IOException {
		return authenticated(new Socket("127.0.0.1", port), user, password);
	}

	static RawClient authenticated(Socket socket, String user, String password) throws IOException {
		RawClient client = new RawClient(socket);
		Map<?, ?> reply = client.handshake(user, password);
		if (!Boolean.TRUE.equals(reply.get("success"))) {
			throw new IOException("Handshake failed: " + reply);
		}
		return client;
	}

	/**
	 * Sends magic and client-first in one write, then client-final.
	 * @return the last message the server sent (its final reply or its error)
	 */
	Map<?, ?> handshake(String user, String password) throws IOException {
		return handshake(user, password, null);
	}

	/**
	 * Like {@link #handshake(String, String)}, sending an {@code application_name} when
	 * not null.
	 */
	Map<?, ?> handshake(String user, String password, @Nullable String applicationName) throws IOException {
		ScramClient scram = new ScramClient(user, password);
		String first = "{\"protocol_version\":0,\"authentication_method\":\"SCRAM-SHA-256\",\"authentication\":\""
				+ scram.clientFirstMessage() + "\""
				+ ((applicationName != null) ? ",\"application_name\":\"" + applicationName + "\"" : "") + "}";
		write(concat(magic(Version.V1_0), terminated(first)));
		Map<?, ?> hello = readMessage();
		if (!Boolean.TRUE.equals(hello.get("success"))) {
			return hello;
		}
		Map<?, ?> serverFirst = readMessage();
		if (!Boolean.TRUE.equals(serverFirst.get("success"))) {
			return serverFirst;
		}
		String clientFinal = scram.clientFinalMessage((String) serverFirst.get("authentication"));
		write(terminated("{\"authentication\":\"" + clientFinal + "\"}"));
		Map<?, ?> serverFinal = readMessage();
		if (Boolean.TRUE.equals(serverFinal.get("success"))) {
			scram.verifyServerFinal((String) serverFinal.get("authentication"));
		}
		return serverFinal;
	}

	void write(byte[] bytes) throws IOException {
		this.out.write(bytes);
		this.out.flush();
	}

	void sendFrame(long token, String json) throws IOException {
		sendFrame(token, json.getBytes(StandardCharsets.UTF_8));
	}

	void sendFrame(long token, byte[] body) throws IOException {
		ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
		header.putLong(token).putInt(body.length);
		write(concat(header.array(), body));
	}

	/** Reads one response frame. */
	Reply readReply() throws IOException {
		byte[] header = new byte[12];
		this.in.readFully(header);
		ByteBuffer buffer = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
		long token = buffer.getLong();
		byte[] body = new byte[buffer.getInt()];
		this.in.readFully(body);
		return new Reply(token, (Map<?, ?>) ReqlJson.read(body), new String(body, StandardCharsets.UTF_8));
	}

	/** Whether response bytes arrive within the wait, without reading them. */
	boolean hasReplyWithin(java.time.Duration wait) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + wait.toNanos();
		while (this.in.available() == 0) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(10);
		}
		return true;
	}

	/** Reads a NUL-terminated handshake message as JSON. */
	@SuppressWarnings("unchecked")
	Map<String, Object> readMessage() throws IOException {
		return (Map<String, Object>) ReqlJson.read(readTerminated());
	}

	/** Reads bytes up to a NUL, or to the end of the stream. */
	String readTerminated() throws IOException {
		ByteArrayOutputStream message = new ByteArrayOutputStream();
		InputStream input = this.in;
		for (int b = input.read(); b > 0; b = input.read()) {
			message.write(b);
		}
		return message.toString(StandardCharsets.UTF_8);
	}

	/** Whether the server closed the connection (reads end of stream). */
	boolean isClosedByServer() throws IOException {
		try {
			return this.in.read() < 0;
		}
		catch (java.net.SocketException ex) {
			return true;
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	static byte[] magic(int value) {
		return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
	}

	static byte[] terminated(String json) {
		return concat(json.getBytes(StandardCharsets.UTF_8), new byte[] { 0 });
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	/** One response frame: its token, parsed body and raw text. */
	record Reply(long token, Map<?, ?> body, String text) {

		long type() {
			return ((Number) this.body.get("t")).longValue();
		}

		Object result(int index) {
			return ((java.util.List<?>) this.body.get("r")).get(index);
		}

	}

}
