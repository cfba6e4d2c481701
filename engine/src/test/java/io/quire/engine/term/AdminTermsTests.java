package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class AdminTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@Test
	void databasesAndTablesCanBeCreatedListedAndDropped() {
		assertThat(this.reql.json("[57,['app']]")).startsWith("{\"config_changes\":[{\"new_val\":{")
			.contains("\"dbs_created\":1");
		assertThat(this.reql.json("[59,[]]")).isEqualTo("[\"app\",\"rethinkdb\",\"test\"]");
		assertThat(this.reql.json("[60,[[14,['app']],'t'],{'primary_key':'k'}]")).contains("\"tables_created\":1");
		assertThat(this.reql.json("[62,[[14,['app']]]]")).isEqualTo("[\"t\"]");
		assertThat(this.reql.json("[61,[[14,['app']],'t']]")).contains("\"tables_dropped\":1");
		assertThat(this.reql.json("[58,['app']]")).contains("\"dbs_dropped\":1");
	}

	@Test
	void tableCreateUsesTheDefaultDatabase() {
		this.reql.value("[60,['t'],{'primary_key':'k'}]");
		assertThat(this.reql.json("[62,[]]")).isEqualTo("[\"t\"]");
		assertThat(this.reql.json("[56,[" + table("t") + ",{'k':1}]]")).contains("\"inserted\":1");
	}

	@Test
	void waitConfigAndStatus() {
		this.reql.value("[60,['t']]");
		assertThat(this.reql.json("[177,[[14,['test']]]]")).isEqualTo("{\"ready\":1}");
		assertThat(this.reql.json("[177,[" + table("t") + "],{'wait_for':'all_replicas_ready','timeout':5}]"))
			.isEqualTo("{\"ready\":1}");
		assertThat(this.reql.json("[174,[" + table("t") + "]]")).contains("\"primary_key\":\"id\"");
		assertThat(this.reql.json("[175,[" + table("t") + "]]")).contains("\"all_replicas_ready\":true");
	}

	@Test
	void setupIdiomOfTheTestHarnessWorks() {
		String query = "[68,[[91,[[2,['test','extra']],[59,[]]]],[69,[[2,[1]],[57,[[13,[]]]]]]]]";
		assertThat(this.reql.json(query)).contains("\"dbs_created\":1");
		assertThat(this.reql.json("[59,[]]")).isEqualTo("[\"extra\",\"rethinkdb\",\"test\"]");
	}

	@Test
	void reconfigureAndRebalanceOnASingleServer() {
		this.reql.value("[60,['t']]");
		assertThat(this.reql.json("[176,[" + table("t") + "],{'shards':1,'replicas':1}]"))
			.contains("\"reconfigured\":1")
			.contains("\"status_changes\":[{");
		assertThat(this.reql.json("[179,[[14,['test']]]]")).contains("\"rebalanced\":1");
		assertThat(this.reql.error("[176,[" + table("t") + "],{'shards':1,'replicas':2}]").getMessage())
			.isEqualTo("Can't put 2 replicas on servers with the tag `default` because there are only 1 servers "
					+ "with the tag `default`. It's impossible to have more replicas of the data than there are servers.");
	}

	@Test
	void systemDatabaseShowsReadOnlyViewsOfTheCatalog() {
		this.reql.value("[60,['t'],{'primary_key':'k'}]");
		String system = "[14,['rethinkdb']]";
		assertThat(this.reql.json("[62,[" + system + "]]")).contains("\"table_config\"").contains("\"db_config\"");
		assertThat(this.reql.json("[31,[[15,[" + system + ",'table_config']],'primary_key']]")).isEqualTo("[\"k\"]");
		assertThat(this.reql.json("[31,[[15,[" + system + ",'db_config']],'name']]")).isEqualTo("[\"test\"]");
		assertThat(this.reql.json("[43,[[15,[" + system + ",'current_issues']]]]")).isEqualTo("0");
		assertThat(this.reql.json("[31,[[31,[[15,[" + system + ",'table_status']],'status']],'all_replicas_ready']]"))
			.isEqualTo("[true]");
		assertThat(this.reql.json("[54,[[15,[" + system + ",'current_issues']]]]")).contains("\"deleted\":0")
			.doesNotContain("errors\":1");
		assertThat(this.reql.json("[56,[[15,[" + system + ",'current_issues']],{'id':'x'}]]")).contains("\"errors\":1")
			.contains("is read-only in Quire.");
		assertThat(this.reql.error("[15,[" + system + ",'nope']]").getMessage()).contains("does not exist.");
	}

}
