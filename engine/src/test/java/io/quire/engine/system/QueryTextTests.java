package io.quire.engine.system;

import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTests {

	private static String text(String term) {
		return QueryText.of(ReqlTester.parse(term));
	}

	@Test
	void chainsCallsOnTheirFirstArgumentAsJavaScriptReqlDoes() {
		assertThat(text("[43,[[15,[[14,['test']],'books']]]]")).isEqualTo("r.db(\"test\").table(\"books\").count()");
		assertThat(text("[15,['books']]")).isEqualTo("r.table(\"books\")");
		assertThat(text("[78,[[15,['books']],1,2],{'index':'author'}]"))
			.isEqualTo("r.table(\"books\").getAll(1, 2, {\"index\": \"author\"})");
	}

	@Test
	void callsTopLevelTermsOnR() {
		assertThat(text("[43,[[173,[]]]]")).isEqualTo("r.range().count()");
		assertThat(text("[24,[1,2]]")).isEqualTo("r.add(1, 2)");
		assertThat(text("[59,[]]")).isEqualTo("r.dbList()");
	}

	@Test
	void writesFunctionsLiteralsAndRowAsJavaScript() {
		assertThat(text("[38,[[2,[1,2]],[69,[[2,[1]],[26,[[10,[1]],2]]]]]]"))
			.isEqualTo("r.expr([1, 2]).map(function(var1) { return r.mul(var1, 2); })");
		assertThat(text("[39,[[15,['t']],{'a':[2,[1]]}]]")).isEqualTo("r.table(\"t\").filter({\"a\": [1]})");
		assertThat(text("[39,[[15,['t']],[69,[[2,[0]],[17,[[170,[[13,[]],'a']],1]]]]]]"))
			.isEqualTo("r.table(\"t\").filter(function(var0) { return r.eq(r.row(\"a\"), 1); })");
	}

	@Test
	void neverShowsAPassword() {
		String insert = text("[56,[[15,[[14,['rethinkdb']],'users']],{'id':'app','password':'s3cret'}]]");
		assertThat(insert).doesNotContain("s3cret").contains("\"password\": \"<hidden>\"");
		String iterations = text("[56,[[15,['users']],{'id':'app','password':{'password':'s3cret','iterations':1}}]]");
		assertThat(iterations).doesNotContain("s3cret");
		assertThat(text("[53,[[15,['users']],{'password':false}]]")).contains("\"password\": false");
	}

}
