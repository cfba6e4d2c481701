package io.quire.driver.query;

import java.util.List;
import java.util.Map;

import io.quire.protocol.TermType;

/**
 * A database: its tables and their management.
 */
public final class Db extends ReqlExpr {

	Db(List<ReqlAst> args) {
		super(TermType.DB, args, Map.of());
	}

	/** A table of this database. */
	public Table table(String name) {
		return new Table(List.of(this, Reql.toAst(name)), Map.of());
	}

	/**
	 * Create a table; add {@code optArg("primary_key", ...)} for another key than
	 * {@code id}.
	 */
	public ReqlExpr tableCreate(String name) {
		return chain(TermType.TABLE_CREATE, name);
	}

	public ReqlExpr tableDrop(String name) {
		return chain(TermType.TABLE_DROP, name);
	}

	/**
	 * Grant or revoke a user's permissions on this database: each of {@code read},
	 * {@code write}, {@code config} set to {@code true}, {@code false} or {@code null}
	 * (inherit). The result holds {@code granted} and {@code permissions_changes}.
	 */
	public ReqlExpr grant(String user, Map<String, ?> permissions) {
		return chain(TermType.GRANT, user, permissions);
	}

	public ReqlExpr tableList() {
		return chain(TermType.TABLE_LIST);
	}

}
