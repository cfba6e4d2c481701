package io.quire.bench;

/**
 * When a write is acknowledged: {@link #HARD} after its log reached the disk (ReQL
 * {@code durability: hard}, PostgreSQL {@code synchronous_commit = on}), {@link #SOFT}
 * before.
 */
public enum Durability {

	HARD, SOFT;

	/** The ReQL optarg value. */
	public String reqlName() {
		return name().toLowerCase();
	}

	/** PostgreSQL's {@code synchronous_commit} setting that matches. */
	public String synchronousCommit() {
		return (this == HARD) ? "on" : "off";
	}

	/** Whether the write-ahead log is synced before a write is acknowledged. */
	public boolean sync() {
		return this == HARD;
	}

}
