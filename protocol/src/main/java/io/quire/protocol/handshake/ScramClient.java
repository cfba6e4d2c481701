package io.quire.protocol.handshake;

import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The client side of one SCRAM-SHA-256 exchange: client-first, client-final, then the
 * check of the server's signature. Not thread-safe; one instance per connection attempt.
 */
public final class ScramClient {

	/**
	 * The most PBKDF2 iterations a server may ask for, so that a hostile one cannot stall
	 * the client.
	 */
	public static final int MAX_ITERATIONS = 10_000_000;

	private static final String GS2_HEADER = "n,,";

	private static final String CHANNEL_BINDING = "biws";

	private final String username;

	private final String password;

	private final String clientNonce;

	private byte @Nullable [] expectedServerSignature;

	/**
	 * @param user the user name, sent as a SASL name
	 * @param password the password, used as its UTF-8 bytes
	 */
	public ScramClient(String user, String password) {
		this(user, password, ScramCrypto.randomNonce());
	}

	/** With a fixed client nonce, for tests and test vectors. */
	ScramClient(String user, String password, String clientNonce) {
		this.username = Objects.requireNonNull(user, "user must not be null");
		this.password = Objects.requireNonNull(password, "password must not be null");
		this.clientNonce = Objects.requireNonNull(clientNonce, "clientNonce must not be null");
	}

	/** {@code n,,n=<user>,r=<client nonce>}. */
	public String clientFirstMessage() {
		return GS2_HEADER + clientFirstBare();
	}

	/**
	 * Answers the server-first message with {@code c=biws,r=<nonce>,p=<proof>}.
	 * @throws HandshakeException if the server's message is malformed or its nonce does
	 * not extend the client's
	 */
	public String clientFinalMessage(String serverFirst) {
		Map<Character, String> attributes = parseServerMessage(serverFirst);
		String nonce = ScramAttributes.require(attributes, 'r');
		if (!nonce.startsWith(this.clientNonce) || nonce.length() == this.clientNonce.length()) {
			throw new HandshakeException(HandshakeException.OTHER_ERROR, "Invalid nonce from server");
		}
		byte[] salt = ScramCrypto.fromBase64(ScramAttributes.require(attributes, 's'));
		byte[] saltedPassword = ScramCrypto.saltedPassword(this.password, salt, iterations(attributes));
		String withoutProof = "c=" + CHANNEL_BINDING + ",r=" + nonce;
		String authMessage = clientFirstBare() + "," + serverFirst + "," + withoutProof;
		byte[] clientKey = ScramCrypto.hmac(saltedPassword, "Client Key");
		byte[] clientSignature = ScramCrypto.hmac(ScramCrypto.sha256(clientKey), authMessage);
		byte[] serverKey = ScramCrypto.hmac(saltedPassword, "Server Key");
		this.expectedServerSignature = ScramCrypto.hmac(serverKey, authMessage);
		return withoutProof + ",p=" + ScramCrypto.base64(ScramCrypto.xor(clientKey, clientSignature));
	}

	/**
	 * Checks the server-final message {@code v=<server signature>}.
	 * @throws HandshakeException if the server reports an error or its signature is wrong
	 */
	public void verifyServerFinal(String serverFinal) {
		if (this.expectedServerSignature == null) {
			throw new IllegalStateException("clientFinalMessage must be called before verifyServerFinal");
		}
		Map<Character, String> attributes = parseServerMessage(serverFinal);
		byte[] signature = ScramCrypto.fromBase64(ScramAttributes.require(attributes, 'v'));
		if (!MessageDigest.isEqual(signature, this.expectedServerSignature)) {
			throw new HandshakeException(HandshakeException.OTHER_ERROR, "Invalid server signature");
		}
	}

	private String clientFirstBare() {
		return "n=" + ScramAttributes.encodeName(this.username) + ",r=" + this.clientNonce;
	}

	private static Map<Character, String> parseServerMessage(String message) {
		Map<Character, String> attributes = ScramAttributes.parse(message);
		String error = attributes.get('e');
		if (error != null) {
			throw new HandshakeException(HandshakeException.OTHER_ERROR, "Server error: " + error);
		}
		if (attributes.containsKey('m')) {
			throw new HandshakeException(HandshakeException.EXTENSIONS_NOT_SUPPORTED, "Extensions not supported");
		}
		return attributes;
	}

	private static int iterations(Map<Character, String> attributes) {
		try {
			int iterations = Integer.parseInt(ScramAttributes.require(attributes, 'i'));
			if (iterations < 1) {
				throw HandshakeException.invalidEncoding();
			}
			if (iterations > MAX_ITERATIONS) {
				throw new HandshakeException(HandshakeException.INVALID_ENCODING,
						"The server asks for " + iterations + " iterations, more than " + MAX_ITERATIONS);
			}
			return iterations;
		}
		catch (NumberFormatException ex) {
			throw HandshakeException.invalidEncoding();
		}
	}

}
