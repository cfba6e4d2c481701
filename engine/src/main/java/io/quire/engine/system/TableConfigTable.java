package io.quire.engine.system;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.auth.Authorizer;
import io.quire.engine.auth.Permission;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Durability;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import org.jspecify.annotations.Nullable;

/**
 * {@code table_config}: one row per table, as {@code table.config()} shows it. An update
 * may rename the table, move it to another database or change its durability, each kept
 * durably; {@code primary_key}, {@code indexes} and {@code write_hook} are read-only, as
 * in RethinkDB, and a single server has one possible shard layout. Deleting a row drops
 * the table. As in RethinkDB, changing or dropping a table needs {@code config} on it,
 * and moving it {@code config} on the new database too; creating one needs only
 * {@code write} on this table.
 */
final class TableConfigTable implements SystemTable {

	private final Catalog catalog;

	private final Authorizer authorizer;

	TableConfigTable(Catalog catalog, Authorizer authorizer) {
		this.catalog = catalog;
		this.authorizer = authorizer;
	}

	@Override
	public String name() {
		return "table_config";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		return CatalogTables.rows(this.catalog, (table) -> WriteHookStore.config(this.catalog, table));
	}

	/**
	 * As in RethinkDB, a row without an id creates a table: {@code name} and {@code db}
	 * are required, {@code primary_key} (default {@code id}), {@code durability},
	 * {@code write_acks} and {@code shards} optional, {@code indexes} empty if given.
	 */
	@Override
	public Map<String, Object> insertGenerated(Map<String, Object> after, QuerySession caller) {
		RowFormat format = RowFormat.change(after, name());
		String name = format.name("name", "table name");
		String database = format.name("db", "database name");
		UUID id = UUID.fromString((String) format.field("id"));
		if (format.has("indexes") && !(format.field("indexes") instanceof List<?> indexes && indexes.isEmpty())) {
			throw format.wrong("The `indexes` field is read-only and can't be used to create indexes.");
		}
		if (format.has("write_hook") && format.field("write_hook") != null) {
			throw format.wrong("The `write_hook` field is read-only and can't be used to create or drop a write "
					+ "hook function.");
		}
		String primaryKey = format.has("primary_key") ? primaryKey(format) : "id";
		if (format.has("shards")) {
			checkShards(format, Map.of("shards", List.of(Datums.object("nonvoting_replicas", List.of(),
					"primary_replica", this.catalog.serverName(), "replicas", List.of(this.catalog.serverName())))));
		}
		if (format.has("write_acks")) {
			checkWriteAcks(format);
		}
		Durability durability = format.has("durability") ? durability(format) : Durability.HARD;
		format.noExtraKeys();
		this.catalog.createTable(database, name, primaryKey, durability, id);
		return this.catalog.tableConfig(database, name);
	}

	private static String primaryKey(RowFormat format) {
		Object value = format.field("primary_key");
		if (!(value instanceof String key)) {
			throw format.wrong("In `primary_key`: Expected a string; got " + Printer.json(value));
		}
		return key;
	}

	@Override
	public @Nullable Map<String, Object> write(@Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after, QuerySession caller) {
		if (before == null) {
			throw QueryException.opFailed("There is no existing table with the given ID. To create a new table by "
					+ "inserting into `rethinkdb.table_config`, you must let the database generate the primary key "
					+ "automatically.");
		}
		String database = (String) before.get("db");
		String name = (String) before.get("name");
		this.authorizer.check(caller.user(), Permission.CONFIG, database, name);
		if (after == null) {
			this.catalog.dropTable(database, name);
			return null;
		}
		RowFormat format = RowFormat.change(after, name());
		String newName = format.name("name", "table name");
		String newDatabase = format.name("db", "database name");
		format.field("id");
		format.unchanged("indexes", before.get("indexes"),
				"The `indexes` field is read-only and can't be used to create or drop indexes.");
		format.unchanged("write_hook", before.get("write_hook"),
				"The `write_hook` field is read-only and can't be used to create or drop a write hook function.");
		Object primaryKey = format.field("primary_key");
		checkShards(format, before);
		checkWriteAcks(format);
		Durability durability = durability(format);
		format.noExtraKeys();
		if (!Datums.equal(primaryKey, before.get("primary_key"))) {
			throw QueryException.opFailed("It's illegal to change a table's primary key");
		}
		if (!newDatabase.equals(database)) {
			this.authorizer.check(caller.user(), Permission.CONFIG, newDatabase, null);
		}
		return this.catalog.updateTable(database, name, newDatabase, newName, durability);
	}

	private static Durability durability(RowFormat format) {
		Object value = format.field("durability");
		if ("soft".equals(value)) {
			return Durability.SOFT;
		}
		if ("hard".equals(value)) {
			return Durability.HARD;
		}
		throw format.wrong("In `durability`: Expected \"soft\" or \"hard\", got: " + Printer.json(value));
	}

	private static void checkWriteAcks(RowFormat format) {
		Object value = format.field("write_acks");
		if ("single".equals(value)) {
			throw format.wrong("In `write_acks`: Quire acknowledges every write on its one server, as "
					+ "\"majority\" does; \"single\" is not kept.");
		}
		if (!"majority".equals(value)) {
			throw format.wrong("In `write_acks`: Expected \"single\" or \"majority\", got: " + Printer.json(value));
		}
	}

	/** The one layout a single server has: one shard, this server its only replica. */
	private void checkShards(RowFormat format, Map<String, Object> before) {
		Object shards = format.field("shards");
		if (Datums.equal(shards, before.get("shards"))) {
			return;
		}
		if (shards instanceof List<?> list && list.size() == 1 && list.get(0) instanceof Map<?, ?> shard
				&& shard.get("primary_replica") instanceof String server && !server.equals(this.catalog.serverName())) {
			throw format.wrong("In `shards`: Server `" + server + "` does not exist or is not connected.");
		}
		throw format.wrong("In `shards`: a single Quire server keeps every table in one shard whose only replica "
				+ "is `" + this.catalog.serverName() + "`.");
	}

}
