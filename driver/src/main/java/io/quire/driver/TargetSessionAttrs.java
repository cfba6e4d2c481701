package io.quire.driver;

import java.util.Locale;

/**
 * Which server a connection keeps when several hosts are given, as libpq's
 * {@code target_session_attrs}. Hosts are tried in order and the first whose role fits is
 * kept. A server that does not report a role (RethinkDB 2.4) counts as a read-write
 * primary.
 */
public enum TargetSessionAttrs {

	/** Any server (the default). */
	ANY,
	/** A server that accepts writes. */
	READ_WRITE,
	/** A server that refuses writes. */
	READ_ONLY,
	/** The primary. */
	PRIMARY,
	/** A standby. */
	STANDBY,
	/** A standby if one of the hosts is, otherwise any server. */
	PREFER_STANDBY;

	/**
	 * Whether a server with this role fits.
	 * @param primary whether the server is the primary
	 * @param readOnly whether the server refuses writes
	 */
	public boolean accepts(boolean primary, boolean readOnly) {
		return switch (this) {
			case ANY -> true;
			case READ_WRITE -> !readOnly;
			case READ_ONLY -> readOnly;
			case PRIMARY -> primary;
			case STANDBY, PREFER_STANDBY -> !primary;
		};
	}

	/**
	 * Whether the server fits, by its role and read-only flag; a server removed from its
	 * group (which refuses reads of user tables) fits only {@link #ANY}.
	 */
	public boolean accepts(ServerInfo server) {
		if (this == ANY) {
			return true;
		}
		return !server.isRemoved() && accepts(server.isPrimary(), server.readOnly());
	}

	/** The libpq spelling, such as {@code read-write}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The value with the given libpq spelling ({@code prefer-standby}) or enum name. */
	public static TargetSessionAttrs of(String value) {
		String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (TargetSessionAttrs attrs : values()) {
			if (attrs.name().equals(name)) {
				return attrs;
			}
		}
		throw new IllegalArgumentException("Invalid connection option 'target_session_attrs': '" + value
				+ "' (expected any, read-write, read-only, primary, standby or prefer-standby)");
	}

}
