package io.quire.engine.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP server on loopback with the endpoints the {@code r.http} tests need, in the
 * spirit of httpbin: echo, redirects, statuses, basic and digest authentication, gzip,
 * several content types, pages with Link headers, a flaky and a slow endpoint.
 */
final class TestHttpServer implements AutoCloseable {

	static final String REALM = "quire-test";

	static final String NONCE = "6a1f9c";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final CountDownLatch released = new CountDownLatch(1);

	private final AtomicInteger flakyCalls = new AtomicInteger();

	TestHttpServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	/** A URL of this server on the given host name (127.0.0.1 or localhost). */
	String url(String host, String path) {
		return "http://" + host + ":" + port() + path;
	}

	String url(String path) {
		return url("127.0.0.1", path);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String[] parts = path.split("/");
			switch (parts.length > 1 ? parts[1] : "") {
				case "redirect" -> redirect(exchange, Integer.parseInt(parts[2]));
				case "to" -> {
					exchange.getResponseHeaders().add("Location", exchange.getRequestURI().getQuery().substring(4));
					send(exchange, 302, "text/plain", new byte[0]);
				}
				case "status" -> send(exchange, Integer.parseInt(parts[2]), "text/plain", bytes("status body"));
				case "basic" -> basic(exchange);
				case "digest" -> digest(exchange);
				case "gzip" -> gzip(exchange);
				case "text" -> send(exchange, 200, "text/plain", bytes("hello"));
				case "html" -> send(exchange, 200, "text/html", bytes("<html></html>"));
				case "jsonp" -> send(exchange, 200, "text/javascript", bytes("callback({\"a\": 1});"));
				case "image" -> send(exchange, 200, "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
				case "pages" -> page(exchange);
				case "flaky" -> flaky(exchange);
				case "slow" -> slow(exchange);
				default -> echo(exchange);
			}
		}
	}

	private void echo(HttpExchange exchange) throws IOException {
		Map<String, Object> echo = new TreeMap<>();
		echo.put("method", exchange.getRequestMethod());
		echo.put("query", String.valueOf(exchange.getRequestURI().getRawQuery()));
		Map<String, String> headers = new TreeMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
		echo.put("headers", headers);
		echo.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		sendJson(exchange, 200, echo);
	}

	private void redirect(HttpExchange exchange, int remaining) throws IOException {
		exchange.getResponseHeaders().add("Location", (remaining > 1) ? "/redirect/" + (remaining - 1) : "/echo");
		send(exchange, 302, "text/plain", new byte[0]);
	}

	private void basic(HttpExchange exchange) throws IOException {
		String expected = "Basic " + java.util.Base64.getEncoder().encodeToString(bytes("azure:hunter2"));
		if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			send(exchange, 401, "text/plain", bytes("unauthorized"));
			return;
		}
		sendJson(exchange, 200, Map.of("authenticated", true, "user", "azure"));
	}

	private void digest(HttpExchange exchange) throws IOException {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization == null || !authorization.startsWith("Digest ") || !validDigest(exchange, authorization)) {
			exchange.getResponseHeaders()
				.add("WWW-Authenticate", "Digest realm=\"" + REALM + "\", nonce=\"" + NONCE + "\", qop=\"auth\"");
			send(exchange, 401, "text/plain", bytes("unauthorized"));
			return;
		}
		sendJson(exchange, 200, Map.of("authenticated", true, "user", "azure"));
	}

	private static boolean validDigest(HttpExchange exchange, String authorization) {
		Map<String, String> fields = new TreeMap<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))")
			.matcher(authorization.substring(7));
		while (matcher.find()) {
			fields.put(matcher.group(1), (matcher.group(2) != null) ? matcher.group(2) : matcher.group(3));
		}
		String a1 = md5("azure:" + REALM + ":hunter2");
		String a2 = md5(exchange.getRequestMethod() + ":" + fields.get("uri"));
		String expected = md5(a1 + ":" + NONCE + ":" + fields.get("nc") + ":" + fields.get("cnonce") + ":auth:" + a2);
		return "azure".equals(fields.get("username")) && expected.equals(fields.get("response"));
	}

	private static void gzip(HttpExchange exchange) throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
			out.write(bytes("{\"gzipped\": true}"));
		}
		exchange.getResponseHeaders().add("Content-Encoding", "gzip");
		send(exchange, 200, "application/json", compressed.toByteArray());
	}

	private void page(HttpExchange exchange) throws IOException {
		String query = String.valueOf(exchange.getRequestURI().getQuery());
		int page = query.startsWith("page=") ? Integer.parseInt(query.substring(5)) : 0;
		if (page < 2) {
			exchange.getResponseHeaders()
				.add("Link", "<" + url("/pages?page=" + (page + 1)) + ">; rel=\"next\", <" + url("/pages")
						+ ">; rel=\"first\"");
		}
		sendJson(exchange, 200, java.util.List.of(page * 10, page * 10 + 1));
	}

	private void flaky(HttpExchange exchange) throws IOException {
		if (this.flakyCalls.incrementAndGet() <= 2) {
			send(exchange, 503, "text/plain", bytes("try again"));
			return;
		}
		sendJson(exchange, 200, Map.of("ok", true));
	}

	private void slow(HttpExchange exchange) throws IOException {
		try {
			this.released.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		send(exchange, 200, "text/plain", bytes("late"));
	}

	private static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
		send(exchange, status, "application/json", JSON.writeValueAsBytes(body));
	}

	private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", contentType);
		boolean empty = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
		exchange.sendResponseHeaders(status, empty ? -1 : body.length);
		if (!empty) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String md5(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes(text)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.released.countDown();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
