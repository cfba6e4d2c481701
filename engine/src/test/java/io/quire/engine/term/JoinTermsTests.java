package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.Y;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn2;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class JoinTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@BeforeEach
	void rows() {
		this.reql.table("people",
				"[{'id':1,'name':'Ann','team':10},{'id':2,'name':'Bob','team':20},{'id':3,'name':'Cy','team':99}]");
		this.reql.table("teams", "[{'id':10,'title':'red'},{'id':30,'title':'blue'}]");
	}

	@Test
	void eqJoinLooksUpByPrimaryKeyAndZips() {
		assertThat(this.reql.json("[72,[[50,[" + table("people") + ",'team'," + table("teams") + "]]]]"))
			.isEqualTo("[{\"id\":10,\"name\":\"Ann\",\"team\":10,\"title\":\"red\"}]");
	}

	@Test
	void eqJoinOnSecondaryIndex() {
		this.reql.value("[75,[" + table("people") + ",'team']]");
		this.reql.value("[140,[" + table("people") + "]]");
		assertThat(this.reql.json(field(
				field("[50,[" + table("teams") + ",'id'," + table("people") + "],{'index':'team'}]", "right"), "name")))
			.isEqualTo("[\"Ann\"]");
	}

	@Test
	void innerAndOuterJoins() {
		String predicate = fn2("[17,[" + field(X, "team") + "," + field(Y, "id") + "]]");
		assertThat(this.reql.json(field(
				field("[48,[" + table("people") + "," + table("teams") + "," + predicate + "]]", "left"), "name")))
			.isEqualTo("[\"Ann\"]");
		assertThat(this.reql.json("[43,[[49,[" + table("people") + "," + table("teams") + "," + predicate + "]]]]"))
			.isEqualTo("3");
	}

	@Test
	void zipKeepsTheLeftRowOfAnUnmatchedOuterJoinPair() {
		String join = "[49,[[2,[{'a':1},{'a':2}]],[2,[{'a':2,'b':9}]],"
				+ fn2("[17,[[170,[" + X + ",'a']],[170,[" + Y + ",'a']]]]") + "]]";
		assertThat(this.reql.json("[72,[" + join + "]]")).isEqualTo("[{\"a\":1},{\"a\":2,\"b\":9}]");
		assertThat(this.reql.error("[72,[[2,[{'right':1}]]]]").getMessage())
			.isEqualTo("ZIP can only be called on the result of a join.");
	}

}
