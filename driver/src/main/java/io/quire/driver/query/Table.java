package io.quire.driver.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * A table: a selection that also offers primary key and index lookups, inserts and index
 * management.
 */
public final class Table extends ReqlExpr {

	Table(List<ReqlAst> args, Map<String, ReqlAst> optArgs) {
		super(TermType.TABLE, args, optArgs);
	}

	@Override
	public Table optArg(String name, @Nullable Object value) {
		return new Table(args(), withOptArg(name, value));
	}

	/** The document with the primary key, or null. */
	public ReqlExpr get(Object key) {
		return chain(TermType.GET, key);
	}

	/**
	 * The documents with the keys: primary keys, or keys of the index given with
	 * {@code optArg("index", ...)}.
	 */
	public ReqlExpr getAll(Object... keys) {
		return chain(TermType.GET_ALL, keys);
	}

	/**
	 * Insert a document, a list of documents or a sequence; add
	 * {@code optArg("conflict", ...)} etc.
	 */
	public ReqlExpr insert(Object documents) {
		return chain(TermType.INSERT, documents);
	}

	/** Create a secondary index on the field of that name. */
	public ReqlExpr indexCreate(String name) {
		return chain(TermType.INDEX_CREATE, name);
	}

	/**
	 * Create a secondary index on a function of each document; add
	 * {@code optArg("multi", true)} for arrays.
	 */
	public ReqlExpr indexCreate(String name, ReqlFunction1 function) {
		List<ReqlAst> args = new ArrayList<>(List.of(this, Reql.toAst(name), Reql.toFunctionOrValue(function)));
		return new ReqlExpr(TermType.INDEX_CREATE, args, Map.of());
	}

	/**
	 * Create a secondary index from the {@code function} binary of an
	 * {@link #indexStatus} row, as RethinkDB allows, to copy an index; its {@code multi}
	 * flag is not part of the binary.
	 */
	public ReqlExpr indexCreate(String name, byte[] function) {
		return chain(TermType.INDEX_CREATE, name, function);
	}

	public ReqlExpr indexDrop(String name) {
		return chain(TermType.INDEX_DROP, name);
	}

	public ReqlExpr indexList() {
		return chain(TermType.INDEX_LIST);
	}

	public ReqlExpr indexRename(String oldName, String newName) {
		return chain(TermType.INDEX_RENAME, oldName, newName);
	}

	/** The status of the named indexes, or of every index. */
	public ReqlExpr indexStatus(Object... names) {
		return chain(TermType.INDEX_STATUS, names);
	}

	/** Wait until the named indexes (or every index) are ready. */
	public ReqlExpr indexWait(Object... names) {
		return chain(TermType.INDEX_WAIT, names);
	}

	/**
	 * The table's write hook: {@code null}, or an object with its {@code function} (a
	 * BINARY that {@link #setWriteHook(Object)} accepts) and its {@code query} text.
	 */
	public ReqlExpr getWriteHook() {
		return chain(TermType.GET_WRITE_HOOK);
	}

	/**
	 * Set the table's write hook: a three-argument function {@code (context, oldVal,
	 * newVal)}, the {@code function} bytes of a {@link #getWriteHook()} result (to copy a
	 * hook), or {@code null} to remove it.
	 */
	public ReqlExpr setWriteHook(@Nullable Object hook) {
		ReqlAst function = (hook instanceof ReqlFunction3) ? Reql.toFunctionOrValue(hook) : Reql.toAst(hook);
		return new ReqlExpr(TermType.SET_WRITE_HOOK, List.of(this, function), Map.of());
	}

	/** Flush soft-durability writes of the table to disk. */
	/**
	 * Grant or revoke a user's permissions on this table: each of {@code read},
	 * {@code write}, {@code config} set to {@code true}, {@code false} or {@code null}
	 * (inherit). The result holds {@code granted} and {@code permissions_changes}.
	 */
	public ReqlExpr grant(String user, Map<String, ?> permissions) {
		return chain(TermType.GRANT, user, permissions);
	}

	public ReqlExpr sync() {
		return chain(TermType.SYNC);
	}

}
