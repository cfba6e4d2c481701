package io.quire.engine.auth;

import java.util.Locale;

/** The four permissions of RethinkDB 2.4. */
public enum Permission {

	/** Reading the rows of a table. */
	READ,

	/** Inserting, updating and deleting rows (RethinkDB also asks for {@code read}). */
	WRITE,

	/** Creating and dropping databases, tables and indexes; reconfiguring tables. */
	CONFIG,

	/** Opening outgoing HTTP connections with {@code r.http}; global scope only. */
	CONNECT;

	/** The name in grants and messages: {@code read}, {@code write}, ... */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
