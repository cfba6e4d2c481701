package io.quire.engine.catalog;

/**
 * When a write is acknowledged. {@code HARD}: after the write-ahead log is synced to
 * disk. {@code SOFT}: once the write is applied in memory and queued for the disk.
 */
public enum Durability {

	HARD, SOFT;

	/**
	 * Parses RethinkDB's durability option value.
	 * @throws io.quire.engine.QueryException with RethinkDB's message for any other value
	 */
	public static Durability parse(String value) {
		return switch (value) {
			case "hard" -> HARD;
			case "soft" -> SOFT;
			default -> throw io.quire.engine.QueryException
				.queryLogic("Durability option `" + value + "` unrecognized (options are \"hard\" and \"soft\").");
		};
	}

}
