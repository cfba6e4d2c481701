package io.quire.driver.pool;

/**
 * How a pooled connection is checked before it is lent.
 */
public enum ValidationDepth {

	/** No check. */
	NONE,
	/** The socket must be open (the default; costs nothing). */
	LOCAL,
	/** The socket must be open and the server must answer a no-op query. */
	REMOTE

}
