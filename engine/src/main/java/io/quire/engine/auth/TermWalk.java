package io.quire.engine.auth;

import java.util.Map;

import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * One walk of a query's term for {@link QueryPermissions}: what each table it names is
 * used for, following the selection a write changes down its first arguments.
 */
final class TermWalk {

	/** What a table reached at this point of the term is used for. */
	enum Mode {

		READ(Permission.READ), WRITE(Permission.WRITE), CONFIG(Permission.CONFIG),

		/** Only named, as the target of {@code config()} or {@code grant}. */
		NAMED(null);

		final @Nullable Permission permission;

		Mode(@Nullable Permission permission) {
			this.permission = permission;
		}

	}

	private final QueryPermissions permissions;

	private final String user;

	private final String defaultDatabase;

	private final QueryGrants grants;

	TermWalk(QueryPermissions permissions, String user, String defaultDatabase, QueryGrants grants) {
		this.permissions = permissions;
		this.user = user;
		this.defaultDatabase = defaultDatabase;
		this.grants = grants;
	}

	void visit(@Nullable Object json, Mode mode) {
		RawTerm term = RawTerm.of(json);
		if (term == null) {
			if (json instanceof Map<?, ?> object) {
				object.values().forEach((value) -> visit(value, Mode.READ));
			}
			return;
		}
		switch (term.type()) {
			case TABLE -> table(term, mode);
			case INSERT, UPDATE, REPLACE, DELETE, SYNC -> arguments(term, Mode.WRITE);
			case GET, GET_ALL, BETWEEN, BETWEEN_DEPRECATED, FILTER, ORDER_BY, LIMIT, SKIP, SLICE, NTH,
					GET_INTERSECTING ->
				arguments(term, mode);
			case INDEX_CREATE, INDEX_DROP, INDEX_RENAME, SET_WRITE_HOOK, GET_WRITE_HOOK -> arguments(term, Mode.CONFIG);
			default -> administration(term);
		}
	}

	private void administration(RawTerm term) {
		switch (term.type()) {
			case RECONFIGURE, REBALANCE -> configure(term.arg(0));
			case CONFIG -> systemRead(term.arg(0), "table_config", "db_config");
			case STATUS -> systemRead(term.arg(0), "table_status", null);
			case GRANT -> grant(term);
			case DB_CREATE, DB_DROP -> require(Permission.CONFIG, null, null);
			case TABLE_CREATE, TABLE_DROP -> tableAdministration(term);
			case HTTP -> require(Permission.CONNECT, null, null);
			default -> {
				arguments(term, Mode.READ);
				return;
			}
		}
		arguments(term, Mode.NAMED);
	}

	/**
	 * Visits the first argument for {@code first}, every other argument and optarg to
	 * read.
	 */
	private void arguments(RawTerm term, Mode first) {
		for (int i = 0; i < term.args().size(); i++) {
			visit(term.args().get(i), (i == 0) ? first : Mode.READ);
		}
		term.optargs().values().forEach((value) -> visit(value, Mode.READ));
	}

	private void table(RawTerm term, Mode mode) {
		arguments(term, Mode.READ);
		Named named = named(term);
		if (mode.permission == null || named == null || named.table() == null) {
			return;
		}
		if (mode == Mode.CONFIG && QueryPermissions.isSystem(named.database())) {
			return; // the system tables take no administration: the query says so when it
					// runs
		}
		require(mode.permission, named.database(), named.table());
	}

	/**
	 * {@code reconfigure} and {@code rebalance}: config on the table, or on each table of
	 * the database.
	 */
	private void configure(@Nullable Object target) {
		Named named = named(RawTerm.of(target));
		if (named == null || QueryPermissions.isSystem(named.database())) {
			return;
		}
		if (named.table() != null) {
			require(Permission.CONFIG, named.database(), named.table());
			return;
		}
		this.permissions.tableNames(named.database())
			.forEach((table) -> require(Permission.CONFIG, named.database(), table));
	}

	/**
	 * {@code config()} and {@code status()} read a table of the {@code rethinkdb}
	 * database.
	 */
	private void systemRead(@Nullable Object target, String ofTable, @Nullable String ofDatabase) {
		Named named = named(RawTerm.of(target));
		if (named == null || QueryPermissions.isSystem(named.database())
				|| !this.permissions.exists(named.database(), named.table())) {
			return;
		}
		String systemTable = (named.table() != null) ? ofTable : ofDatabase;
		if (systemTable != null) {
			require(Permission.READ, "rethinkdb", systemTable);
		}
	}

	/**
	 * {@code grant} reads and writes {@code rethinkdb.permissions}; admin's are refused
	 * when it runs.
	 */
	private void grant(RawTerm term) {
		Object user = (term.args().size() >= 2) ? term.arg(term.args().size() - 2) : null;
		if (!Users.ADMIN.equals(user)) {
			require(Permission.READ, "rethinkdb", "permissions");
			require(Permission.WRITE, "rethinkdb", "permissions");
		}
	}

	/** {@code table_create} and {@code table_drop}: config on the database. */
	private void tableAdministration(RawTerm term) {
		String database = (term.args().size() > 1) ? RawTerm.databaseName(term.arg(0)) : this.defaultDatabase;
		if (database != null && !QueryPermissions.isSystem(database)) {
			require(Permission.CONFIG, database, null);
		}
	}

	private void require(Permission permission, @Nullable String database, @Nullable String table) {
		this.permissions.require(this.user, permission, database, table, this.grants);
	}

	/**
	 * The constant names of a {@code r.db(...)} or {@code r.table(...)} term, else
	 * {@code null}.
	 */
	private @Nullable Named named(@Nullable RawTerm term) {
		if (term == null) {
			return null;
		}
		if (term.type() == TermType.DB) {
			return (term.arg(0) instanceof String database) ? new Named(database, null) : null;
		}
		if (term.type() != TermType.TABLE || term.args().isEmpty()) {
			return null;
		}
		String database = (term.args().size() > 1) ? RawTerm.databaseName(term.arg(0)) : this.defaultDatabase;
		Object table = term.arg(term.args().size() - 1);
		return (database != null && table instanceof String name) ? new Named(database, name) : null;
	}

	private record Named(String database, @Nullable String table) {
	}

}
