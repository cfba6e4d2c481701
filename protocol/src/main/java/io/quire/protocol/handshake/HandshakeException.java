package io.quire.protocol.handshake;

/**
 * A failed handshake, with the error code and message of RethinkDB's handshake error
 * reply ({@code {"error":"...","error_code":N,"success":false}}). Codes 10 to 20 are
 * authentication errors (SCRAM failures), the others protocol errors.
 */
public class HandshakeException extends RuntimeException {

	/**
	 * Not a code servers send: the other end broke the protocol (for example a non-JSON
	 * reply).
	 */
	public static final int PROTOCOL_ERROR = 0;

	/** "Expected a number for `protocol_version`." */
	public static final int PROTOCOL_VERSION_NOT_A_NUMBER = 1;

	/** "Unsupported `protocol_version`." */
	public static final int UNSUPPORTED_PROTOCOL_VERSION = 2;

	/** "Expected a string for `authentication_method`." */
	public static final int AUTHENTICATION_METHOD_NOT_A_STRING = 3;

	/** "Unsupported `authentication_method`." */
	public static final int UNSUPPORTED_AUTHENTICATION_METHOD = 4;

	/** "Expected a string for `authentication`." */
	public static final int AUTHENTICATION_NOT_A_STRING = 5;

	/** "Limited read buffer size.": a handshake message longer than 2048 bytes. */
	public static final int MESSAGE_TOO_LONG = 7;

	/** "Invalid JSON object." */
	public static final int INVALID_JSON = 8;

	/** "Invalid encoding": malformed SCRAM attributes. */
	public static final int INVALID_ENCODING = 10;

	/** "Extensions not supported": an {@code m=} attribute. */
	public static final int EXTENSIONS_NOT_SUPPORTED = 11;

	/** "Wrong password": the client proof does not match. */
	public static final int WRONG_PASSWORD = 12;

	/**
	 * "Channel binding is not supported": the client-first message does not start with
	 * {@code n,}.
	 */
	public static final int CHANNEL_BINDING_NOT_SUPPORTED = 15;

	/** "Unknown user", answered to the client-final message only. */
	public static final int UNKNOWN_USER = 17;

	/** "Invalid username encoding": a bad {@code =} escape in the user name. */
	public static final int INVALID_USERNAME_ENCODING = 18;

	/** "Other error": a nonce mismatch, among others. */
	public static final int OTHER_ERROR = 20;

	private final int errorCode;

	public HandshakeException(int errorCode, String message) {
		super(message);
		this.errorCode = errorCode;
	}

	/** The code of the error reply, see the constants of this class. */
	public int errorCode() {
		return this.errorCode;
	}

	/**
	 * Whether this is an authentication error (codes 10 to 20), as drivers classify it.
	 */
	public boolean isAuthenticationError() {
		return this.errorCode >= INVALID_ENCODING && this.errorCode <= OTHER_ERROR;
	}

	static HandshakeException invalidEncoding() {
		return new HandshakeException(INVALID_ENCODING, "Invalid encoding");
	}

	static HandshakeException otherError() {
		return new HandshakeException(OTHER_ERROR, "Other error");
	}

}
