package io.quire.driver.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quire.protocol.handshake.HandshakeMessages;
import io.quire.protocol.handshake.ScramCredential;
import io.quire.protocol.handshake.ScramServer;
import io.quire.protocol.json.ReqlJson;
import org.jspecify.annotations.Nullable;

/**
 * A tiny V1_0 server with blocking sockets, for cases the engine cannot play: a server
 * with a given role (standby, read-only, or none as RethinkDB 2.4), or one that
 * authenticates and then never answers a query (or not even SERVER_INFO), or a standby of
 * a cluster that refuses every query with the error a Quire standby sends. Accepts user
 * admin with password {@code pw}.
 */
public final class ScriptedServer implements AutoCloseable {

	private final ServerSocket socket;

	private final Map<String, Object> serverInfo;

	private final boolean answersQueries;

	private final boolean answersServerInfo;

	private volatile String version = "2.4.4";

	private volatile @Nullable String startError;

	private final List<Socket> clients = new CopyOnWriteArrayList<>();

	private final List<String> queries = new CopyOnWriteArrayList<>();

	private ScriptedServer(Map<String, Object> serverInfo, boolean answersQueries, boolean answersServerInfo)
			throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.serverInfo = serverInfo;
		this.answersQueries = answersQueries;
		this.answersServerInfo = answersServerInfo;
		Thread acceptor = new Thread(this::acceptLoop, "scripted-server-" + port());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * A server that reports the SERVER_INFO fields and answers every START with
	 * {@code "ok"}.
	 */
	public static ScriptedServer withServerInfo(Map<String, Object> serverInfo) {
		try {
			return new ScriptedServer(serverInfo, true, true);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A server announcing itself as Quire ({@code 2.4.4-quire-test}), so that the driver
	 * asks its SERVER_INFO (with its {@code members}) whatever target_session_attrs say.
	 */
	public static ScriptedServer quire(Map<String, Object> serverInfo) {
		ScriptedServer server = withServerInfo(serverInfo);
		server.version = "2.4.4-quire-test";
		return server;
	}

	/**
	 * A server that reports the SERVER_INFO fields and answers every START with an
	 * OP_FAILED runtime error carrying {@code message}, as a standby refuses writes.
	 */
	public static ScriptedServer refusing(Map<String, Object> serverInfo, String message) {
		ScriptedServer server = withServerInfo(serverInfo);
		server.startError = message;
		return server;
	}

	/** A server that authenticates, answers SERVER_INFO, and never answers a START. */
	public static ScriptedServer silent() {
		try {
			return new ScriptedServer(Map.of("id", "silent", "name", "silent", "proxy", false), false, true);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A server that completes the handshake and then answers nothing, not even the role
	 * probe (SERVER_INFO).
	 */
	public static ScriptedServer mute() {
		try {
			return new ScriptedServer(Map.of(), false, false);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public int port() {
		return this.socket.getLocalPort();
	}

	/** The query bodies received, in order. */
	public List<String> queries() {
		return this.queries;
	}

	private void acceptLoop() {
		while (!this.socket.isClosed()) {
			try {
				Socket client = this.socket.accept();
				this.clients.add(client);
				Thread worker = new Thread(() -> serve(client), "scripted-client");
				worker.setDaemon(true);
				worker.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket client) {
		try (client) {
			DataInputStream in = new DataInputStream(client.getInputStream());
			OutputStream out = client.getOutputStream();
			handshake(in, out);
			while (true) {
				byte[] header = in.readNBytes(12);
				if (header.length < 12) {
					return;
				}
				ByteBuffer frame = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
				long token = frame.getLong();
				String body = new String(in.readNBytes(frame.getInt()), StandardCharsets.UTF_8);
				this.queries.add(body);
				answer(out, token, body);
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private void handshake(InputStream in, OutputStream out) throws IOException {
		in.readNBytes(4);
		ScramServer scram = new ScramServer((user) -> user.equals("admin") ? ScramCredential.fromPassword("pw") : null);
		HandshakeMessages.ClientFirst first = HandshakeMessages.parseClientFirst(readMessage(in));
		send(out, HandshakeMessages.serverHello(this.version, null));
		send(out, HandshakeMessages.serverAuthentication(scram.serverFirstMessage(first.authentication())));
		String clientFinal = HandshakeMessages.parseClientFinal(readMessage(in));
		send(out, HandshakeMessages.serverAuthentication(scram.serverFinalMessage(clientFinal)));
	}

	private void answer(OutputStream out, long token, String body) throws IOException {
		if (body.equals("[5]") && this.answersServerInfo) {
			reply(out, token, Map.of("t", 5, "r", List.of(this.serverInfo)));
		}
		else if (body.equals("[4]")) {
			reply(out, token, Map.of("t", 4, "r", List.of()));
		}
		else if (body.startsWith("[1,") && this.startError != null) {
			reply(out, token, Map.of("t", 18, "e", 4100000, "r", List.of(this.startError), "b", List.of()));
		}
		else if (body.startsWith("[1,") && this.answersQueries) {
			reply(out, token, Map.of("t", 1, "r", List.of("ok")));
		}
	}

	private static synchronized void reply(OutputStream out, long token, Object response) throws IOException {
		byte[] body = ReqlJson.write(response);
		ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putLong(token).putInt(body.length);
		out.write(header.array());
		out.write(body);
		out.flush();
	}

	private static String readMessage(InputStream in) throws IOException {
		ByteArrayOutputStream message = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) > 0) {
			message.write(b);
		}
		return message.toString(StandardCharsets.UTF_8);
	}

	private static void send(OutputStream out, String json) throws IOException {
		out.write(json.getBytes(StandardCharsets.UTF_8));
		out.write(0);
		out.flush();
	}

	@Override
	public void close() {
		try {
			this.socket.close();
			for (Socket client : this.clients) {
				client.close();
			}
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

}
