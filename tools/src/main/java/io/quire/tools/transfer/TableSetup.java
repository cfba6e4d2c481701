package io.quire.tools.transfer;

import java.util.List;
import java.util.Map;

import io.quire.driver.Connection;
import io.quire.driver.query.ReqlExpr;
import io.quire.tools.ToolException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import static io.quire.driver.Quire.r;

/**
 * Makes sure the database and table of an import exist, with the expected primary key.
 */
final class TableSetup {

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private TableSetup() {
	}

	/** Whether the table exists. */
	static boolean exists(Connection connection, TableName name) {
		if (!r.dbList().runAtom(connection, NAMES).contains(name.db())) {
			return false;
		}
		return r.db(name.db()).tableList().runAtom(connection, NAMES).contains(name.table());
	}

	/**
	 * Create the database and table if missing.
	 * @param primaryKey the expected primary key ({@code null}: the table's, or
	 * {@code id} for a new one)
	 * @return the table's primary key
	 */
	static String ensure(Connection connection, TableName name, @Nullable String primaryKey, ImportSettings settings) {
		if (!r.dbList().runAtom(connection, NAMES).contains(name.db())) {
			r.dbCreate(name.db()).runAtom(connection, Map.class);
		}
		if (!r.db(name.db()).tableList().runAtom(connection, NAMES).contains(name.table())) {
			ReqlExpr create = r.db(name.db()).tableCreate(name.table());
			create = (primaryKey != null) ? create.optArg("primary_key", primaryKey) : create;
			create = (settings.shards() != null) ? create.optArg("shards", settings.shards()) : create;
			create = (settings.replicas() != null) ? create.optArg("replicas", settings.replicas()) : create;
			create.runAtom(connection, Map.class);
		}
		Object actual = r.db(name.db()).table(name.table()).info().g("primary_key").runAtom(connection, String.class);
		if (primaryKey != null && !primaryKey.equals(actual)) {
			throw new ToolException("Error: table " + name + " primary key was `" + actual
					+ "` rather than the expected: " + primaryKey);
		}
		return String.valueOf(actual);
	}

}
