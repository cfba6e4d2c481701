package io.quire.driver;

/**
 * What a query does, judged by its top-level term: the key a {@link QueryListener} can
 * group queries by without looking at their values.
 */
public enum QueryKind {

	/**
	 * Reads documents or computes values ({@code table}, {@code get}, {@code filter},
	 * ...).
	 */
	READ,

	/**
	 * Writes documents ({@code insert}, {@code update}, {@code replace}, {@code delete},
	 * ...).
	 */
	WRITE,

	/** Changes or lists databases, tables, indexes or grants. */
	ADMIN,

	/** Opens a changefeed ({@code changes}). */
	CHANGEFEED;

	/** The kind in lower case, as metrics and traces show it. */
	public String value() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
