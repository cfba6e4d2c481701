package io.quire.engine.term;

import io.quire.engine.query.QueryResult;
import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class OrderTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@BeforeEach
	void rows() {
		this.reql.table("t", "[{'id':1,'n':3,'s':'b'},{'id':2,'n':1,'s':'a'},{'id':3,'n':2,'s':'a'}]");
		this.reql.value("[75,[" + table("t") + ",'n']]");
		this.reql.value("[140,[" + table("t") + "]]");
	}

	@Test
	void orderByFieldsAndDirections() {
		assertThat(this.reql.json(field("[41,[" + table("t") + ",'n']]", "id"))).isEqualTo("[2,3,1]");
		assertThat(this.reql.json(field("[41,[" + table("t") + ",[74,['n']]]]", "id"))).isEqualTo("[1,3,2]");
		assertThat(this.reql.json(field("[41,[" + table("t") + ",'s',[74,['id']]]]", "id"))).isEqualTo("[3,2,1]");
		assertThat(this.reql.json("[41,[[2,[3,1,2]]," + fn("[25,[0," + X + "]]") + "]]")).isEqualTo("[3,2,1]");
	}

	@Test
	void orderByWithoutIndexIsAnAtomSelection() {
		assertThat(this.reql.result("[41,[" + table("t") + ",'n']]", "{}")).isInstanceOf(QueryResult.Atom.class);
		assertThat(this.reql.json("[53,[[71,[[41,[" + table("t") + ",'n']],1]],{'x':true}]]"))
			.contains("\"replaced\":1");
		assertThat(this.reql.value(field("[16,[" + table("t") + ",2]]", "x"))).isEqualTo(true);
	}

	@Test
	void sortedSelectionCanBeUsedTwice() {
		String twice = "[64,[" + fn("[2,[[43,[" + X + "]],[43,[" + X + "]]]]") + ",[41,[" + table("t") + ",'n']]]]";
		assertThat(this.reql.json(twice)).isEqualTo("[3,3]");
	}

	@Test
	void orderByIndexIsALazyStream() {
		String ordered = "[41,[" + table("t") + "],{'index':[74,['n']]}]";
		assertThat(this.reql.result(ordered, "{}")).isInstanceOf(QueryResult.Sequence.class);
		assertThat(this.reql.json(field(ordered, "id"))).isEqualTo("[1,3,2]");
		assertThat(this.reql.json(field("[41,[" + table("t") + "],{'index':'id'}]", "id"))).isEqualTo("[1,2,3]");
		assertThat(this.reql.json(field("[71,[[41,[" + table("t") + "],{'index':'n'}],2]]", "id"))).isEqualTo("[2,3]");
	}

	@Test
	void orderByIndexAfterBetweenOnSameIndex() {
		String query = "[41,[[182,[" + table("t") + ",1,3],{'index':'n'}]],{'index':[74,['n']]}]";
		assertThat(this.reql.json(field(query, "id"))).isEqualTo("[3,2]");
		assertThat(this.reql.error("[41,[[182,[" + table("t") + ",1,3],{'index':'n'}]],{'index':'id'}]").getMessage())
			.isEqualTo("Cannot order by index `id` after calling BETWEEN on index `n`.");
	}

	@Test
	void orderByIndexThenField() {
		this.reql.value("[56,[" + table("t") + ",{'id':4,'n':2,'s':'0'}]]");
		assertThat(this.reql.json(field("[41,[" + table("t") + ",'s'],{'index':'n'}]", "id"))).isEqualTo("[2,4,3,1]");
	}

	@Test
	void sortingOverTheArrayLimitFails() {
		assertThat(this.reql.error("[41,[[173,[10]]," + fn(X) + "]]", "{'array_limit':5}").getMessage())
			.startsWith("Array over size limit `5`.  To raise the number of allowed elements");
	}

	@Test
	void orderByPutsRowsLackingTheFieldFirstAndLastWhenDescending() {
		this.reql.table("m", "[{'id':1,'n':2},{'id':2},{'id':3,'n':1}]");
		assertThat(this.reql.json(field("[41,[" + table("m") + ",'n']]", "id"))).isEqualTo("[2,3,1]");
		assertThat(this.reql.json(field("[41,[" + table("m") + ",[74,['n']]]]", "id"))).isEqualTo("[1,3,2]");
		assertThat(this.reql.error("[41,[" + table("m") + "," + fn("[12,['no']]") + "]]").getMessage()).isEqualTo("no");
	}

	@Test
	void orderByRefusesArgs() {
		assertThat(this.reql.error("[41,[[2,[{'x':2},{'x':1}]],[154,[[2,['x','y']]]]]]").getMessage())
			.isEqualTo("r.args is not supported in an order_by or union command yet.");
	}

}
