package io.quire.engine.system;

import java.util.List;

import io.quire.engine.Engine;
import io.quire.engine.query.ReqlQueryRunner;
import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.system.SystemTablesShapeTests.system;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes to the writable system tables, with RethinkDB's answers to those it refuses.
 */
class SystemTableWritesTests {

	private final Engine engine = Engine.inMemory();

	private final ReqlTester reql = new ReqlTester(this.engine.catalog(), (ReqlQueryRunner) this.engine.queryRunner());

	@AfterEach
	void close() {
		this.engine.close();
	}

	/** {@code r.db('rethinkdb').table(t).filter({name: n}).update(change)}. */
	private String update(String table, String name, String change) {
		return this.reql.json("[53,[[39,[" + system(table) + ",{'name':'" + name + "'}]]," + change + "]]");
	}

	@Test
	void updatingDbConfigRenamesTheDatabaseWithItsTables() {
		this.reql.value("[57,['app']]");
		this.reql.value("[60,[[14,['app']],'books']]");
		this.reql.value("[56,[[15,[[14,['app']],'books']],{'id':1}]]");
		assertThat(update("db_config", "app", "{'name':'shop'}")).contains("\"replaced\":1");
		assertThat(this.reql.json("[59,[]]")).isEqualTo("[\"rethinkdb\",\"shop\",\"test\"]");
		assertThat(this.reql.json("[43,[[15,[[14,['shop']],'books']]]]")).isEqualTo("1");
		assertThat(this.reql.error("[15,[[14,['app']],'books']]").getMessage())
			.isEqualTo("Database `app` does not exist.");
	}

	@Test
	void dbConfigRefusesNamesRethinkDbRefuses() {
		this.reql.value("[57,['app']]");
		assertThat(update("db_config", "app", "{'name':'test'}"))
			.contains("Cannot rename database `app` to `test` because database `test` already exists.");
		assertThat(update("db_config", "app", "{'name':'rethinkdb'}"))
			.contains("Cannot rename database `app` to `rethinkdb` because database `rethinkdb` already exists.");
		assertThat(update("db_config", "app", "{'name':'no way'}"))
			.contains("The change you're trying to make to `rethinkdb.db_config` has the wrong format. "
					+ "In `name`: \\\"no way\\\" is not a valid db name; Use A-Z, a-z, 0-9, _ and - only");
		assertThat(update("db_config", "app", "{'colour':'red'}"))
			.contains("has the wrong format. Unexpected key(s): colour");
	}

	@Test
	void deletingADbConfigRowDropsTheDatabase() {
		this.reql.value("[57,['app']]");
		assertThat(this.reql.json("[54,[[39,[" + system("db_config") + ",{'name':'app'}]]]]"))
			.contains("\"deleted\":1");
		assertThat(this.reql.json("[59,[]]")).isEqualTo("[\"rethinkdb\",\"test\"]");
	}

	@Test
	void updatingTableConfigRenamesMovesAndChangesDurability() {
		this.reql.table("books", "[{'id':1}]");
		this.reql.value("[57,['library']]");
		assertThat(update("table_config", "books", "{'name':'novels','db':'library','durability':'soft'}"))
			.contains("\"replaced\":1");
		assertThat(this.reql.json("[62,[[14,['library']]]]")).isEqualTo("[\"novels\"]");
		assertThat(this.reql.json("[43,[[15,[[14,['library']],'novels']]]]")).isEqualTo("1");
		assertThat(this.reql.json("[31,[[174,[[15,[[14,['library']],'novels']]]],'durability']]"))
			.isEqualTo("\"soft\"");
	}

	@Test
	void tableConfigRefusesWhatRethinkDbRefuses() {
		this.reql.table("books", "[]");
		this.reql.table("films", "[]");
		assertThat(update("table_config", "books", "{'name':'films'}"))
			.contains("Can't rename table `test.books` to `test.films` because table `test.films` already exists.");
		assertThat(update("table_config", "books", "{'primary_key':'isbn'}"))
			.contains("It's illegal to change a table's primary key");
		assertThat(update("table_config", "books", "{'indexes':[2,['x']]}"))
			.contains("The `indexes` field is read-only and can't be used to create or drop indexes.");
		assertThat(update("table_config", "books", "{'durability':'maybe'}"))
			.contains("In `durability`: Expected \\\"soft\\\" or \\\"hard\\\", got: \\\"maybe\\\"");
		assertThat(update("table_config", "books", "{'db':'nowhere'}")).contains("Database `nowhere` does not exist.");
		assertThat(update("table_config", "books", "{'id':'other'}")).contains("Primary key `id` cannot be changed");
	}

	@Test
	void serverConfigRenamesTheServerAndKeepsTags() {
		this.reql.value("[60,['t']]");
		assertThat(
				this.reql.json("[53,[" + system("server_config") + ",{'name':'alpha','tags':[2,['default','eu']]}]]"))
			.contains("\"replaced\":1");
		assertThat(this.reql.json("[31,[" + system("server_config") + ",'tags']]")).isEqualTo("[[\"default\",\"eu\"]]");
		assertThat(this.reql.json("[31,[" + system("server_status") + ",'name']]")).isEqualTo("[\"alpha\"]");
		assertThat(this.reql.json("[31,[[174,[[15,['t']]]],'shards']]")).contains("\"primary_replica\":\"alpha\"");
		assertThat(this.reql.json("[53,[" + system("server_config") + ",{'cache_size_mb':-1}]]"))
			.contains("In `cache_size_mb`: Cache size cannot be negative.");
		assertThat(this.reql.json("[54,[" + system("server_config") + "]]"))
			.contains("It's illegal to delete rows from the `rethinkdb.server_config` system table.");
	}

	@Test
	void clusterConfigKeepsAHeartbeatOfAtLeastTwoSeconds() {
		assertThat(this.reql.json("[53,[" + system("cluster_config") + ",{'heartbeat_timeout_secs':5}]]"))
			.contains("\"replaced\":1");
		assertThat(this.reql.json("[31,[" + system("cluster_config") + ",'heartbeat_timeout_secs']]")).isEqualTo("[5]");
		assertThat(this.reql.json("[53,[" + system("cluster_config") + ",{'heartbeat_timeout_secs':1}]]"))
			.contains("The heartbeat timeout must be at least two seconds");
	}

	@Test
	void debugScratchTakesAnyRow() {
		assertThat(this.reql.json("[56,[" + system("_debug_scratch") + ",{'id':'a','x':1}]]"))
			.contains("\"inserted\":1");
		assertThat(this.reql.json("[53,[" + system("_debug_scratch") + ",{'x':2}]]")).contains("\"replaced\":1");
		assertThat(this.reql.json("[16,[" + system("_debug_scratch") + ",'a']]")).isEqualTo("{\"id\":\"a\",\"x\":2}");
		assertThat(this.reql.json("[54,[" + system("_debug_scratch") + "]]")).contains("\"deleted\":1");
	}

	@Test
	void rethinkDbDatabaseCannotBeCreatedDroppedOrGivenTables() {
		assertThat(this.reql.error("[57,['rethinkdb']]").getMessage())
			.isEqualTo("Database `rethinkdb` already exists.");
		assertThat(this.reql.error("[58,['rethinkdb']]").getMessage())
			.isEqualTo("Database `rethinkdb` is special; you can't delete it.");
		assertThat(this.reql.error("[60,[[14,['rethinkdb']],'t']]").getMessage())
			.isEqualTo("Database `rethinkdb` is special; you can't create new tables in it.");
		assertThat(this.reql.error("[61,[[14,['rethinkdb']],'jobs']]").getMessage())
			.isEqualTo("Database `rethinkdb` is special; you can't drop tables in it.");
		assertThat(this.reql.error("[174,[[14,['rethinkdb']]]]").getMessage())
			.isEqualTo("Database `rethinkdb` is special; you can't configure it.");
		assertThat(this.reql.error("[177,[" + system("jobs") + "]]").getMessage()).isEqualTo(
				"Database `rethinkdb` is special; the system tables in it are always available and don't need to be waited on.");
		assertThat(this.reql.error("[15,[[14,['rethinkdb']],'x']]").getMessage())
			.isEqualTo("Table `rethinkdb.x` does not exist.");
		assertThat(this.reql.value("[59,[]]")).isEqualTo(List.of("rethinkdb", "test"));
	}

	@Test
	void reconfigureFollowsRethinkDbOnOneServer() {
		this.reql.value("[60,['t']]");
		String table = "[15,['t']]";
		assertThat(this.reql.json("[176,[" + table + "],{'shards':1,'replicas':1,'dry_run':true}]"))
			.contains("\"reconfigured\":0")
			.doesNotContain("status_changes");
		assertThat(this.reql.error("[176,[" + table + "],{'replicas':1}]").getMessage())
			.isEqualTo("Missing required argument `shards`.");
		assertThat(this.reql.error("[176,[" + table + "],{'shards':0,'replicas':1}]").getMessage())
			.isEqualTo("Every table must have at least one shard.");
		assertThat(this.reql.error("[176,[" + table + "],{'shards':1,'replicas':{'eu':1},'primary_replica_tag':'eu'}]")
			.getMessage()).isEqualTo("Could not find any servers with server tag `eu`.");
		assertThat(this.reql.error("[176,[" + table + "],{'emergency_repair':'now'}]").getMessage())
			.isEqualTo("`emergency_repair` should be \"unsafe_rollback\" or \"unsafe_rollback_or_erase\"");
		assertThat(
				this.reql.error("[176,[" + table + "],{'emergency_repair':'unsafe_rollback','shards':1}]").getMessage())
			.isEqualTo("In emergency repair mode, you can't specify shards, replicas, etc.");
		assertThat(this.reql.error("[176,[[14,['test']]],{'emergency_repair':'unsafe_rollback'}]").getMessage())
			.startsWith("Can't emergency repair an entire database at once");
		assertThat(this.reql.error("[176,[" + table + "],{'emergency_repair':'unsafe_rollback'}]").getMessage())
			.isEqualTo("This table doesn't need to be repaired.");
		assertThat(this.reql.error("[176,[" + system("jobs") + "],{'shards':1,'replicas':1}]").getMessage())
			.isEqualTo("Database `rethinkdb` is special; you can't configure the tables in it.");
		assertThat(this.reql.error("[179,[" + system("jobs") + "]]").getMessage())
			.isEqualTo("Database `rethinkdb` is special; you can't rebalance the tables in it.");
	}

}
