package io.quire.engine.query;

import java.util.List;

import io.quire.engine.catalog.DefaultCatalog;
import io.quire.engine.storage.StoredDocument;
import io.quire.engine.storage.memory.MemoryStorage;
import io.quire.protocol.json.ReqlJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

/** The common paths of the evaluator against the real catalog on in-memory storage. */
class DefaultCatalogEvaluationTests {

	private DefaultCatalog catalog;

	private ReqlTester reql;

	@BeforeEach
	void open() {
		this.catalog = DefaultCatalog.open(new MemoryStorage(), ReqlQueryRunner::compileIndexFunction);
		this.reql = new ReqlTester(this.catalog);
		this.reql.table("t", "[{'id':1,'n':3,'tags':[2,['x','y']]},{'id':2,'n':1,'tags':[2,['y']]},{'id':3,'n':2}]");
	}

	@AfterEach
	void close() {
		this.catalog.close();
	}

	@Test
	void pointReadsShouldAnswerTheStoredDocumentsToBeWrittenFromTheirBytes() {
		QueryResult.Atom get = (QueryResult.Atom) this.reql.result("[16,[" + table("t") + ",1]]", "{}");
		assertThat(get.value()).isInstanceOf(StoredDocument.class);
		assertThat(ReqlJson.writeString(get.value())).isEqualTo("{\"id\":1,\"n\":3,\"tags\":[\"x\",\"y\"]}");
		assertThat((List<?>) this.reql.value("[78,[" + table("t") + ",1,3]]")).hasSize(2)
			.allMatch(StoredDocument.class::isInstance);
	}

	@Test
	void crudRoundTrip() {
		assertThat(this.reql.json(field("[16,[" + table("t") + ",2]]", "n"))).isEqualTo("1");
		assertThat(this.reql
			.json("[53,[[39,[" + table("t") + "," + fn("[21,[" + field(X, "n") + ",1]]") + "]],{'big':true}]]"))
			.contains("\"replaced\":2");
		assertThat(this.reql.json("[54,[[16,[" + table("t") + ",1]]]]")).contains("\"deleted\":1");
		assertThat(this.reql.json(field("[41,[" + table("t") + ",'id']]", "id"))).isEqualTo("[2,3]");
	}

	@Test
	void secondaryIndexesServeOrderBetweenAndGetAll() {
		this.reql.value("[75,[" + table("t") + ",'n']]");
		this.reql.value("[75,[" + table("t") + ",'tags'],{'multi':true}]");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json(field("[41,[" + table("t") + "],{'index':[74,['n']]}]", "id"))).isEqualTo("[1,3,2]");
		assertThat(this.reql.json(field("[182,[" + table("t") + ",2,[181,[]]],{'index':'n'}]", "id")))
			.isEqualTo("[3,1]");
		assertThat(this.reql.json("[42,[" + table("t") + "],{'index':'tags'}]")).isEqualTo("[\"x\",\"y\"]");
		assertThat(this.reql.json(field("[78,[" + table("t") + ",'y'],{'index':'tags'}]", "id"))).isEqualTo("[1,2]");
	}

	@Test
	void duplicateKeysAndTableErrorsUseRethinkDbWording() {
		assertThat(this.reql.json("[56,[" + table("t") + ",{'id':3}]]")).contains("Duplicate primary key `id`");
		assertThat(this.reql.error("[15,['missing']]").getMessage()).isEqualTo("Table `test.missing` does not exist.");
	}

	@Test
	void tableFeedSeesCommittedWrites() throws InterruptedException {
		QueryResult result = this.reql.result("[152,[" + table("t") + "]]", "{}");
		try (ResultStream feed = ((QueryResult.Sequence) result).stream()) {
			assertThat(feed.nextBatch().rows()).isEmpty();
			this.reql.value("[54,[[16,[" + table("t") + ",3]]]]");
			assertThat(io.quire.engine.datum.Printer.json(feed.nextBatch().rows()))
				.isEqualTo("[{\"new_val\":null,\"old_val\":{\"id\":3,\"n\":2}}]");
		}
	}

	@Test
	void systemViewsListTheCatalogsTables() {
		assertThat(this.reql.json("[31,[[15,[[14,['rethinkdb']],'table_config']],'name']]")).isEqualTo("[\"t\"]");
		assertThat(this.reql.json("[62,[[14,['rethinkdb']]]]")).contains("\"table_status\"");
	}

}
