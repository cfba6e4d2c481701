package io.quire.engine;

import java.util.List;

import io.quire.protocol.ErrorType;
import io.quire.protocol.ResponseType;

/**
 * A write (or a {@code read_mode: majority} read) refused because this server is a
 * standby of a replicated group: the whole query fails with OP_FAILED (never one row of a
 * write summary), so that drivers see the refusal and go to the primary it names. The
 * text is what Quire's driver recognizes:
 * {@code Cannot perform write: server `n2` is a standby; the primary is `n1` (host:port).}
 */
public final class NotPrimaryException extends QueryException {

	private NotPrimaryException(String message) {
		super(ResponseType.RUNTIME_ERROR, ErrorType.OP_FAILED, message, List.of());
	}

	/** The refusal of standby {@code server} whose primary is {@code primary}. */
	public static NotPrimaryException primaryIs(String server, String primary, String primaryAddress) {
		return primaryIs("write", server, primary, primaryAddress);
	}

	/**
	 * Like {@link #primaryIs(String, String, String)}, for an {@code operation} the
	 * primary alone performs: {@code write}, or {@code read} with {@code read_mode:
	 * majority}.
	 */
	public static NotPrimaryException primaryIs(String operation, String server, String primary,
			String primaryAddress) {
		return new NotPrimaryException("Cannot perform " + operation + ": server `" + server
				+ "` is a standby; the primary is `" + primary + "` (" + primaryAddress + ").");
	}

	/** The refusal of standby {@code server} while no primary is elected. */
	public static NotPrimaryException noPrimary(String server) {
		return noPrimary("write", server);
	}

	/** Like {@link #noPrimary(String)}, for {@code write} or {@code read}. */
	public static NotPrimaryException noPrimary(String operation, String server) {
		return new NotPrimaryException(
				"Cannot perform " + operation + ": server `" + server + "` is a standby; no primary is elected.");
	}

}
