package io.quire.protocol;

/**
 * The magic numbers a client sends first, as a 32-bit little-endian integer, to choose
 * the protocol version; and the text a server answers to a number it does not speak.
 */
public final class Version {

	/** The first protobuf protocol; no longer supported by any server. */
	public static final int V0_1 = 0x3f61ba36;

	/** The second protobuf protocol; no longer supported by any server. */
	public static final int V0_2 = 0x723081e1;

	/**
	 * Auth key handshake, one query at a time; followed by a wire-protocol magic number.
	 */
	public static final int V0_3 = 0x5f75e83e;

	/** Auth key handshake, parallel queries; followed by a wire-protocol magic number. */
	public static final int V0_4 = 0x400c2d20;

	/**
	 * Users and permissions, JSON handshake messages with SCRAM-SHA-256. What Quire
	 * speaks.
	 */
	public static final int V1_0 = 0x34c2bdc3;

	/** The JSON wire protocol, sent after the auth key by V0_3 and V0_4 clients. */
	public static final int PROTOCOL_JSON = 0x7e6970c7;

	/** The protobuf wire protocol, rejected by every 2.x server. */
	public static final int PROTOCOL_PROTOBUF = 0x271ffc41;

	/**
	 * What a server writes (followed by one NUL byte) before it closes a connection that
	 * started with an unknown or unsupported magic number.
	 */
	public static final String UNSUPPORTED_PROTOCOL_ERROR = "ERROR: Received an unsupported protocol version. "
			+ "This port is for RethinkDB queries. Does your client driver version not match the server?\n";

	private Version() {
	}

	/**
	 * Whether the number is one of the legacy versions (V0_1 to V0_4) that Quire does not
	 * speak.
	 */
	public static boolean isLegacy(int magic) {
		return magic == V0_1 || magic == V0_2 || magic == V0_3 || magic == V0_4;
	}

	/** Whether the number is a version Quire speaks (only {@link #V1_0}). */
	public static boolean isSupported(int magic) {
		return magic == V1_0;
	}

}
