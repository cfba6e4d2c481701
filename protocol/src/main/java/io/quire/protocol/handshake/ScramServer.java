package io.quire.protocol.handshake;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The server side of one SCRAM-SHA-256 exchange, one instance per connection. An unknown
 * user still gets a server-first message, with a made-up salt that is stable for that
 * name, so that user names cannot be probed; the exchange fails only at the final step
 * ("Unknown user"). Not thread-safe.
 */
public final class ScramServer {

	private static final byte[] UNKNOWN_USER_SALT_KEY = ScramCrypto.randomBytes(32);

	private final Function<String, @Nullable ScramCredential> credentials;

	private final String serverNonce;

	private @Nullable String username;

	private @Nullable ScramCredential credential;

	private @Nullable String clientFirstBare;

	private @Nullable String serverFirst;

	private @Nullable String nonce;

	private boolean authenticated;

	/**
	 * @param credentials looks up the credential of a user name; {@code null} for an
	 * unknown user
	 */
	public ScramServer(Function<String, @Nullable ScramCredential> credentials) {
		this(credentials, ScramCrypto.randomNonce());
	}

	/** With a fixed server nonce, for tests and test vectors. */
	ScramServer(Function<String, @Nullable ScramCredential> credentials, String serverNonce) {
		this.credentials = Objects.requireNonNull(credentials, "credentials must not be null");
		this.serverNonce = Objects.requireNonNull(serverNonce, "serverNonce must not be null");
	}

	/**
	 * Answers the client-first message with {@code r=<nonce>,s=<salt>,i=<iterations>}.
	 * @throws HandshakeException for channel binding, extensions or a malformed message
	 */
	public String serverFirstMessage(String clientFirst) {
		if (this.serverFirst != null) {
			throw new IllegalStateException("serverFirstMessage was already called");
		}
		String bare = stripGs2Header(clientFirst);
		Map<Character, String> attributes = ScramAttributes.parse(bare);
		if (attributes.keySet().iterator().next() == 'm') {
			throw new HandshakeException(HandshakeException.EXTENSIONS_NOT_SUPPORTED, "Extensions not supported");
		}
		String user = ScramAttributes.decodeName(ScramAttributes.require(attributes, 'n'));
		String clientNonce = ScramAttributes.require(attributes, 'r');
		this.username = user;
		this.credential = this.credentials.apply(user);
		this.clientFirstBare = bare;
		this.nonce = clientNonce + this.serverNonce;
		ScramCredential salted = (this.credential != null) ? this.credential : unknownUserCredential(user);
		this.serverFirst = "r=" + this.nonce + ",s=" + ScramCrypto.base64(salted.salt()) + ",i=" + salted.iterations();
		return this.serverFirst;
	}

	/**
	 * Checks the client-final message and answers with {@code v=<server signature>}.
	 * @throws HandshakeException "Wrong password" (12), "Unknown user" (17), "Invalid
	 * encoding" (10) or "Other error" (20, nonce mismatch)
	 */
	public String serverFinalMessage(String clientFinal) {
		if (this.serverFirst == null || this.authenticated) {
			throw new IllegalStateException("serverFinalMessage must follow serverFirstMessage, once");
		}
		Map<Character, String> attributes = ScramAttributes.parse(clientFinal);
		if (!"biws".equals(ScramAttributes.require(attributes, 'c'))) {
			throw HandshakeException.invalidEncoding();
		}
		if (!ScramAttributes.require(attributes, 'r').equals(this.nonce)) {
			throw HandshakeException.otherError();
		}
		byte[] proof = ScramCrypto.fromBase64(ScramAttributes.require(attributes, 'p'));
		ScramCredential known = this.credential;
		if (known == null) {
			throw new HandshakeException(HandshakeException.UNKNOWN_USER, "Unknown user");
		}
		String authMessage = this.clientFirstBare + "," + this.serverFirst + "," + withoutProof(clientFinal);
		verifyProof(known, proof, authMessage);
		this.authenticated = true;
		return "v=" + ScramCrypto.base64(ScramCrypto.hmac(known.serverKey(), authMessage));
	}

	/** The user name from the client-first message, or {@code null} before it. */
	public @Nullable String username() {
		return this.username;
	}

	/** Whether the client proved it knows the password. */
	public boolean isAuthenticated() {
		return this.authenticated;
	}

	private static String stripGs2Header(String clientFirst) {
		if (!clientFirst.startsWith("n,")) {
			throw new HandshakeException(HandshakeException.CHANNEL_BINDING_NOT_SUPPORTED,
					"Channel binding is not supported");
		}
		if (!clientFirst.startsWith("n,,")) {
			throw HandshakeException.invalidEncoding();
		}
		return clientFirst.substring(3);
	}

	private static String withoutProof(String clientFinal) {
		int proofStart = clientFinal.lastIndexOf(",p=");
		if (proofStart < 0 || clientFinal.indexOf(',', proofStart + 1) >= 0) {
			throw HandshakeException.invalidEncoding();
		}
		return clientFinal.substring(0, proofStart);
	}

	private static void verifyProof(ScramCredential credential, byte[] proof, String authMessage) {
		byte[] clientSignature = ScramCrypto.hmac(credential.storedKey(), authMessage);
		if (proof.length != clientSignature.length) {
			throw HandshakeException.invalidEncoding();
		}
		byte[] clientKey = ScramCrypto.xor(proof, clientSignature);
		if (!MessageDigest.isEqual(ScramCrypto.sha256(clientKey), credential.storedKey())) {
			throw new HandshakeException(HandshakeException.WRONG_PASSWORD, "Wrong password");
		}
	}

	private static ScramCredential unknownUserCredential(String user) {
		byte[] salt = Arrays.copyOf(ScramCrypto.hmac(UNKNOWN_USER_SALT_KEY, user), ScramCredential.SALT_LENGTH);
		byte[] unusable = new byte[ScramCrypto.KEY_LENGTH];
		return new ScramCredential(salt, ScramCredential.DEFAULT_ITERATIONS, unusable, unusable);
	}

}
