package io.quire.protocol.handshake;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quire.protocol.json.ReqlJson;
import io.quire.protocol.json.ReqlJsonException;
import org.jspecify.annotations.Nullable;

/**
 * Builds and parses the JSON messages of the V1_0 handshake. On the wire each one is
 * followed by a NUL byte; these methods produce and take the JSON text without it. Server
 * messages have their keys sorted, as RethinkDB writes them.
 */
public final class HandshakeMessages {

	/** The only sub-protocol version of V1_0. */
	public static final int PROTOCOL_VERSION = 0;

	/** The only authentication method of V1_0. */
	public static final String AUTHENTICATION_METHOD = "SCRAM-SHA-256";

	/** The longest handshake message a server reads, NUL included. */
	public static final int MAX_MESSAGE_SIZE = 2048;

	private static final int MAX_DEPTH = 8;

	private HandshakeMessages() {
	}

	/**
	 * What a server sends after the magic number.
	 *
	 * @param minProtocolVersion the lowest sub-protocol version the server speaks
	 * @param maxProtocolVersion the highest
	 * @param serverVersion the server version string
	 */
	public record ServerHello(long minProtocolVersion, long maxProtocolVersion, String serverVersion) {

		/** Whether the server speaks the given sub-protocol version. */
		public boolean supports(long protocolVersion) {
			return protocolVersion >= this.minProtocolVersion && protocolVersion <= this.maxProtocolVersion;
		}

	}

	/**
	 * The client's first message.
	 *
	 * @param authentication the SCRAM client-first message
	 * @param applicationName Quire's extension: the client's application name, if it sent
	 * one
	 */
	public record ClientFirst(String authentication, @Nullable String applicationName) {
	}

	/**
	 * {@code {"max_protocol_version":0,"min_protocol_version":0,"server_version":"...","success":true}},
	 * with Quire's {@code read_only} and {@code role} between them when the role is known
	 * (drivers skip fields they do not know; RethinkDB sends neither).
	 * @param role {@code primary}, {@code standby} or {@code removed}; {@code null} to
	 * leave both fields out
	 */
	public static String serverHello(String serverVersion, @Nullable String role) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("max_protocol_version", PROTOCOL_VERSION);
		message.put("min_protocol_version", PROTOCOL_VERSION);
		if (role != null) {
			message.put("read_only", !role.equals("primary"));
			message.put("role", role);
		}
		message.put("server_version", serverVersion);
		message.put("success", true);
		return ReqlJson.writeString(message);
	}

	/**
	 * Parses the server's hello.
	 * @throws HandshakeException for an error reply (with the server's code), or a reply
	 * that is not a hello (code {@link HandshakeException#PROTOCOL_ERROR}), such as the
	 * plain-text error a server sends for an unsupported protocol version
	 */
	public static ServerHello parseServerHello(String json) {
		Map<?, ?> message = parseServerReply(json);
		Object min = message.get("min_protocol_version");
		Object max = message.get("max_protocol_version");
		if (!(min instanceof Number minimum) || !(max instanceof Number maximum)) {
			throw protocolError("Expected protocol versions in the server's hello: " + json);
		}
		Object version = message.get("server_version");
		return new ServerHello(minimum.longValue(), maximum.longValue(), (version != null) ? version.toString() : "");
	}

	/**
	 * {@code {"protocol_version":0,"authentication_method":"SCRAM-SHA-256","authentication":"..."}},
	 * plus {@code application_name} when given.
	 */
	public static String clientFirst(String authentication, @Nullable String applicationName) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("protocol_version", PROTOCOL_VERSION);
		message.put("authentication_method", AUTHENTICATION_METHOD);
		message.put("authentication", authentication);
		if (applicationName != null) {
			message.put("application_name", applicationName);
		}
		return ReqlJson.writeString(message);
	}

	/**
	 * Parses the client's first message, with RethinkDB's checks and error codes (1 to 5,
	 * 8). An {@code application_name} that is not a string is ignored.
	 */
	public static ClientFirst parseClientFirst(String json) {
		Map<?, ?> message = parseClientMessage(json);
		Object version = message.get("protocol_version");
		if (!(version instanceof Number number)) {
			throw new HandshakeException(HandshakeException.PROTOCOL_VERSION_NOT_A_NUMBER,
					"Expected a number for `protocol_version`.");
		}
		if (number.doubleValue() != PROTOCOL_VERSION) {
			throw new HandshakeException(HandshakeException.UNSUPPORTED_PROTOCOL_VERSION,
					"Unsupported `protocol_version`.");
		}
		requireAuthenticationMethod(message.get("authentication_method"));
		Object applicationName = message.get("application_name");
		return new ClientFirst(authentication(message), (applicationName instanceof String name) ? name : null);
	}

	/** {@code {"authentication":"..."}}: the client-final message. */
	public static String clientFinal(String authentication) {
		return ReqlJson.writeString(Map.of("authentication", authentication));
	}

	/** The SCRAM message inside the client-final message (errors 5, 8). */
	public static String parseClientFinal(String json) {
		return authentication(parseClientMessage(json));
	}

	/**
	 * {@code {"authentication":"...","success":true}}: the server-first or server-final
	 * reply.
	 */
	public static String serverAuthentication(String authentication) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("authentication", authentication);
		message.put("success", true);
		return ReqlJson.writeString(message);
	}

	/**
	 * The SCRAM message inside a server reply.
	 * @throws HandshakeException for an error reply, with the server's code and message
	 */
	public static String parseServerAuthentication(String json) {
		Object authentication = parseServerReply(json).get("authentication");
		if (!(authentication instanceof String text)) {
			throw protocolError("Expected a string for `authentication` in the server's reply: " + json);
		}
		return text;
	}

	/** {@code {"error":"...","error_code":N,"success":false}}. */
	public static String error(int errorCode, String message) {
		Map<String, Object> reply = new LinkedHashMap<>();
		reply.put("error", message);
		reply.put("error_code", errorCode);
		reply.put("success", false);
		return ReqlJson.writeString(reply);
	}

	/** The error reply for the exception's code and message. */
	public static String error(HandshakeException exception) {
		return error(exception.errorCode(), String.valueOf(exception.getMessage()));
	}

	private static Map<?, ?> parseServerReply(String json) {
		Map<?, ?> message = parseObject(json, HandshakeException.PROTOCOL_ERROR, json.strip());
		if (Boolean.TRUE.equals(message.get("success"))) {
			return message;
		}
		Object code = message.get("error_code");
		Object error = message.get("error");
		if (code instanceof Number number && error instanceof String text) {
			throw new HandshakeException(number.intValue(), text);
		}
		throw protocolError("Unexpected handshake reply from the server: " + json);
	}

	private static Map<?, ?> parseClientMessage(String json) {
		return parseObject(json, HandshakeException.INVALID_JSON, "Invalid JSON object.");
	}

	private static Map<?, ?> parseObject(String json, int errorCode, String errorMessage) {
		Object value;
		try {
			value = ReqlJson.read(json, MAX_DEPTH);
		}
		catch (ReqlJsonException ex) {
			throw new HandshakeException(errorCode, errorMessage);
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new HandshakeException(errorCode, errorMessage);
		}
		return map;
	}

	private static void requireAuthenticationMethod(@Nullable Object method) {
		if (!(method instanceof String name)) {
			throw new HandshakeException(HandshakeException.AUTHENTICATION_METHOD_NOT_A_STRING,
					"Expected a string for `authentication_method`.");
		}
		if (!AUTHENTICATION_METHOD.equals(name)) {
			throw new HandshakeException(HandshakeException.UNSUPPORTED_AUTHENTICATION_METHOD,
					"Unsupported `authentication_method`.");
		}
	}

	private static String authentication(Map<?, ?> message) {
		if (!(message.get("authentication") instanceof String authentication)) {
			throw new HandshakeException(HandshakeException.AUTHENTICATION_NOT_A_STRING,
					"Expected a string for `authentication`.");
		}
		return authentication;
	}

	private static HandshakeException protocolError(String message) {
		return new HandshakeException(HandshakeException.PROTOCOL_ERROR, message);
	}

}
