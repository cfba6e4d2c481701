package io.quire.driver.internal;

import java.util.List;
import java.util.Map;

import io.quire.driver.HostAndPort;
import io.quire.driver.QueryEvent;
import io.quire.driver.QueryKind;
import io.quire.driver.RunOptions;
import io.quire.driver.query.ReqlAst;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

class QueryDescriberTests {

	private static final HostAndPort SERVER = new HostAndPort("db1", 28015);

	private static QueryEvent describe(ReqlAst query) {
		return QueryDescriber.describe(query, "test", RunOptions.none(), SERVER);
	}

	@Test
	void shapeShouldReplaceEveryValueWithAPlaceholder() {
		QueryEvent event = describe(r.db("shop").table("people").filter((p) -> p.g("email").eq("ada@example.com")));
		assertThat(event.shape()).isEqualTo("filter(table(db(?), ?), func(make_array(?), eq(bracket(var(?), ?), ?)))")
			.doesNotContain("ada", "shop", "people");
	}

	@Test
	void shapeShouldKeepFieldNamesAndOptionalArgumentNamesButNotTheirValues() {
		QueryEvent event = describe(r.table("people").insert(Map.of("name", "Ada")).optArg("conflict", "replace"));
		assertThat(event.shape()).isEqualTo("insert(table(?), {name: ?}, {conflict: ?})");
	}

	@Test
	void shapeOfAnArrayOfAlikeElementsShouldNotDependOnItsLength() {
		ReqlAst one = r.table("people").insert(List.of(Map.of("name", "Ada")));
		ReqlAst three = r.table("people")
			.insert(List.of(Map.of("name", "Ada"), Map.of("name", "Grace"), Map.of("name", "Alan")));
		assertThat(describe(three).shape()).isEqualTo(describe(one).shape())
			.isEqualTo("insert(table(?), make_array({name: ?}))");
	}

	@Test
	void databaseAndTableShouldComeFromTheQuery() {
		QueryEvent event = describe(r.db("shop").table("orders").get("o-1"));
		assertThat(event.database()).isEqualTo("shop");
		assertThat(event.table()).isEqualTo("orders");
		assertThat(event.serverAddress()).isEqualTo(SERVER);
	}

	@Test
	void databaseShouldFallBackToTheRunOptionThenTheConnection() {
		assertThat(
				QueryDescriber.describe(r.table("orders"), "test", RunOptions.none().db("billing"), SERVER).database())
			.isEqualTo("billing");
		assertThat(describe(r.table("orders")).database()).isEqualTo("test");
		assertThat(describe(r.expr(1).add(2)).table()).isNull();
	}

	@Test
	void kindShouldFollowTheOutermostTermOfAKnownKind() {
		assertThat(describe(r.table("t").filter(Map.of("a", 1)).count()).kind()).isEqualTo(QueryKind.READ);
		assertThat(describe(r.table("t").insert(Map.of("a", 1))).kind()).isEqualTo(QueryKind.WRITE);
		assertThat(describe(r.table("t").get(1).update(Map.of("a", 2))).kind()).isEqualTo(QueryKind.WRITE);
		assertThat(describe(r.table("t").get(1).delete()).kind()).isEqualTo(QueryKind.WRITE);
		assertThat(describe(r.db("shop").tableCreate("t")).kind()).isEqualTo(QueryKind.ADMIN);
		assertThat(describe(r.dbCreate("shop")).database()).isEqualTo("shop");
		assertThat(describe(r.table("t").indexCreate("a")).kind()).isEqualTo(QueryKind.ADMIN);
		assertThat(describe(r.table("t").changes().term()).kind()).isEqualTo(QueryKind.CHANGEFEED);
		assertThat(describe(r.table("t").changes().term().filter(Map.of("a", 1))).kind())
			.isEqualTo(QueryKind.CHANGEFEED);
	}

}
