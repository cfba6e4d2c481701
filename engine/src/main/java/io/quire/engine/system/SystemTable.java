package io.quire.engine.system;

import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import org.jspecify.annotations.Nullable;

/**
 * One table of the {@code rethinkdb} system database. Its rows are computed when read; a
 * writable table turns each row change a query makes into an effect on the server.
 */
public interface SystemTable {

	/** The table's name inside the {@code rethinkdb} database. */
	String name();

	/** The rows the caller may see, in any order; each has the primary key {@code id}. */
	List<Map<String, Object>> rows(QuerySession caller);

	/**
	 * Applies one row change a write made: {@code before} is null for an insert,
	 * {@code after} null for a delete. Read-only tables keep the default, which refuses.
	 * @return the row as the table now shows it ({@code null} after a delete)
	 * @throws QueryException with RethinkDB's message when the change is not allowed
	 */
	default @Nullable Map<String, Object> write(@Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after, QuerySession caller) {
		throw QueryException.opFailed("The `" + SystemDatabase.NAME + "." + name() + "` table is read-only in Quire.");
	}

	/**
	 * Applies an insert whose primary key the server generated (the row had no
	 * {@code id}); by default as any other insert.
	 * @return the row as the table now shows it
	 */
	default @Nullable Map<String, Object> insertGenerated(Map<String, Object> after, QuerySession caller) {
		return write(null, after, caller);
	}

}
