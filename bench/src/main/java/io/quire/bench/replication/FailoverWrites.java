package io.quire.bench.replication;

import java.util.Map;

import io.quire.bench.Documents;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.QuireException;
import io.quire.driver.RunOptions;
import io.quire.driver.query.Table;

import static io.quire.driver.Quire.r;

/** The queries of a failover run: its table, and one durable insert. */
final class FailoverWrites {

	private static final String DATABASE = "bench";

	private static final String TABLE = "failover";

	private FailoverWrites() {
	}

	/** Creates the run's table on the primary; fails while there is none. */
	static void createTable(ConnectionFactory factory) {
		try (Connection connection = factory.connect()) {
			Boolean exists = r.dbList().contains(DATABASE).runAtom(connection, RunOptions.none(), Boolean.class);
			if (!Boolean.TRUE.equals(exists)) {
				r.dbCreate(DATABASE).runAtom(connection);
			}
			r.db(DATABASE).tableCreate(TABLE).runAtom(connection);
		}
	}

	/** Inserts a document of the YCSB shape under the id, acknowledged once durable. */
	static void insert(Connection connection, String id) {
		Map<?, ?> result = table().insert(Documents.document("id", id))
			.optArg("durability", "hard")
			.runAtom(connection, RunOptions.none(), Map.class);
		Object inserted = (result != null) ? result.get("inserted") : null;
		if (!(inserted instanceof Number number) || number.longValue() != 1) {
			throw new IllegalStateException("insert of " + id + " not acknowledged: " + result);
		}
	}

	static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (QuireException ex) {
			// already broken
		}
	}

	private static Table table() {
		return r.db(DATABASE).table(TABLE);
	}

}
