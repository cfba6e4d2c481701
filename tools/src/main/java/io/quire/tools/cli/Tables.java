package io.quire.tools.cli;

import java.util.ArrayList;
import java.util.List;

import io.quire.driver.Connection;
import io.quire.tools.ToolException;
import io.quire.tools.transfer.TableName;
import tools.jackson.core.type.TypeReference;

import static io.quire.driver.Quire.r;

/**
 * The tables a dump or export reads: every table but the {@code rethinkdb} system
 * database's, or those selected with {@code -e}, which must exist.
 */
final class Tables {

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private Tables() {
	}

	static List<TableName> resolve(Connection connection, List<TableSpec> specs) {
		List<String> dbs = r.dbList().runAtom(connection, NAMES);
		for (TableSpec spec : specs) {
			if (!dbs.contains(spec.db())) {
				throw new ToolException("Error: Database `" + spec.db() + "` does not exist.");
			}
		}
		List<TableName> tables = new ArrayList<>();
		for (String db : dbs) {
			if (db.equals("rethinkdb") || (!specs.isEmpty() && specs.stream().noneMatch((s) -> s.db().equals(db)))) {
				continue;
			}
			List<String> names = r.db(db).tableList().runAtom(connection, NAMES);
			for (TableSpec spec : specs) {
				if (spec.db().equals(db) && spec.table() != null && !names.contains(spec.table())) {
					throw new ToolException("Error: Table `" + spec + "` does not exist.");
				}
			}
			names.stream()
				.filter((table) -> TableSpec.selects(specs, db, table))
				.sorted()
				.forEach((table) -> tables.add(new TableName(db, table)));
		}
		return tables;
	}

}
