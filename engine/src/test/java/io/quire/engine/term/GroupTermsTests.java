package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class GroupTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@BeforeEach
	void rows() {
		this.reql.table("t", "[{'id':1,'g':'a','n':10,'tags':[2,['x','y']]},{'id':2,'g':'b','n':20,'tags':[2,['x']]},"
				+ "{'id':3,'g':'a','n':30,'tags':[2,[]]},{'id':4}]");
	}

	@Test
	void groupedDataIsAPseudoTypeAtTopLevel() {
		assertThat(this.reql.json("[43,[[144,[" + table("t") + ",'g']]]]"))
			.isEqualTo("{\"$reql_type$\":\"GROUPED_DATA\",\"data\":[[null,1],[\"a\",2],[\"b\",1]]}");
	}

	@Test
	void aggregatesApplyPerGroup() {
		// the null group's only row lacks n, so that group has no sum at all
		assertThat(this.reql.json("[150,[[145,[[144,[" + table("t") + ",'g']],'n']]]]"))
			.isEqualTo("[{\"group\":\"a\",\"reduction\":40},{\"group\":\"b\",\"reduction\":20}]");
		assertThat(this.reql
			.json("[150,[[148,[[144,[[39,[" + table("t") + "," + fn("[32,[" + X + ",'n']]") + "]],'g']],'n']]]]"))
			.contains("\"reduction\":{\"g\":\"a\",\"id\":3");
		assertThat(this.reql.json(
				"[150,[[146,[[31,[[144,[[39,[" + table("t") + "," + fn("[32,[" + X + ",'n']]") + "]],'g']],'n']]]]]]"))
			.isEqualTo("[{\"group\":\"a\",\"reduction\":20},{\"group\":\"b\",\"reduction\":20}]");
	}

	@Test
	void groupByFunctionAndMulti() {
		assertThat(this.reql
			.json("[150,[[43,[[144,[" + table("t") + "," + fn("[21,[[92,[" + field(X, "n") + ",0]],15]]") + "]]]]]]"))
			.isEqualTo("[{\"group\":false,\"reduction\":2},{\"group\":true,\"reduction\":2}]");
		// an empty array puts the row in the null group, as a missing field does
		assertThat(this.reql.json("[150,[[43,[[144,[" + table("t") + ",'tags'],{'multi':true}]]]]]")).isEqualTo(
				"[{\"group\":null,\"reduction\":2},{\"group\":\"x\",\"reduction\":2},{\"group\":\"y\",\"reduction\":1}]");
	}

	@Test
	void groupByIndex() {
		this.reql.value("[75,[" + table("t") + ",'g']]");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json("[150,[[43,[[144,[" + table("t") + "],{'index':'g'}]]]]]"))
			.isEqualTo("[{\"group\":\"a\",\"reduction\":2},{\"group\":\"b\",\"reduction\":1}]");
	}

	@Test
	void groupByTwoFieldsGivesArrayKeys() {
		assertThat(this.reql.json("[150,[[43,[[144,[[2,[{'a':1,'b':2},{'a':1,'b':2},{'a':1,'b':3}]],'a','b']]]]]]"))
			.isEqualTo("[{\"group\":[1,2],\"reduction\":2},{\"group\":[1,3],\"reduction\":1}]");
	}

	@Test
	void groupingASequenceGivesAGroupedStreamUntilEachGroupIsReduced() {
		String grouped = "[144,[" + table("t") + ",'g']]";
		assertThat(this.reql.json("[52,[" + grouped + "]]")).isEqualTo("\"GROUPED_STREAM\"");
		assertThat(this.reql.json("[52,[[144,[[39,[" + table("t") + "," + fn("true") + "]],'g']]]]"))
			.isEqualTo("\"GROUPED_STREAM\"");
		assertThat(this.reql.json("[79,[" + grouped + "]]")).isEqualTo("{\"type\":\"GROUPED_STREAM\"}");
		assertThat(this.reql.json("[52,[[38,[" + grouped + "," + fn(field(X, "id")) + "]]]]"))
			.isEqualTo("\"GROUPED_STREAM\"");
		assertThat(this.reql.json("[52,[[43,[" + grouped + "]]]]")).isEqualTo("\"GROUPED_DATA\"");
		assertThat(this.reql.json("[52,[[51,[" + grouped + ",'array']]]]")).isEqualTo("\"GROUPED_DATA\"");
	}

	@Test
	void doOnGroupedDataCallsTheFunctionForEachGroup() {
		String counts = "[43,[[144,[" + table("t") + ",'g']]]]";
		assertThat(this.reql.json("[150,[[64,[" + fn("[26,[" + X + "," + X + "]]") + "," + counts + "]]]]"))
			.isEqualTo("[{\"group\":null,\"reduction\":1},{\"group\":\"a\",\"reduction\":4},"
					+ "{\"group\":\"b\",\"reduction\":1}]");
	}

	@Test
	void rowsWithoutTheGroupFieldFormTheNullGroup() {
		assertThat(this.reql.json("[150,[[145,[[144,[" + table("t") + ",'g']],'id']]]]")).isEqualTo(
				"[{\"group\":null,\"reduction\":4},{\"group\":\"a\",\"reduction\":4},{\"group\":\"b\",\"reduction\":2}]");
	}

	@Test
	void aGroupWhoseRowsAllLackTheFieldHasNoAverage() {
		assertThat(this.reql.json("[150,[[146,[[144,[" + table("t") + ",'g']],'n']]]]"))
			.isEqualTo("[{\"group\":\"a\",\"reduction\":20},{\"group\":\"b\",\"reduction\":20}]");
	}

	@Test
	void countingMatchesPerGroupOmitsGroupsWithoutMatches() {
		assertThat(this.reql
			.json("[150,[[43,[[144,[" + table("t") + ",'g']],{'id':1,'g':'a','n':10,'tags':[2,['x','y']]}]]]]"))
			.isEqualTo("[{\"group\":\"a\",\"reduction\":1}]");
	}

	@Test
	void multiGroupsCombineEveryElementOfEverySelector() {
		assertThat(
				this.reql.json("[150,[[43,[[144,[[2,[{'a':1}]],'a'," + fn("[2,[1,'two']]") + "],{'multi':true}]]]]]"))
			.isEqualTo("[{\"group\":[1,1],\"reduction\":1},{\"group\":[1,\"two\"],\"reduction\":1}]");
	}

	@Test
	void aNullSelectorPutsEveryRowInTheNullGroup() {
		assertThat(this.reql.json("[150,[[43,[[144,[[2,[{'a':1},{'a':2}]],'a',null]]]]]]"))
			.isEqualTo("[{\"group\":[1,null],\"reduction\":1},{\"group\":[2,null],\"reduction\":1}]");
	}

	@Test
	void theIndexValueComesAfterTheFieldsInAGroupKey() {
		assertThat(this.reql.json("[150,[[43,[[144,[" + table("t") + ",'g'],{'index':'id'}]]]]]"))
			.isEqualTo("[{\"group\":[null,4],\"reduction\":1},{\"group\":[\"a\",1],\"reduction\":1},"
					+ "{\"group\":[\"a\",3],\"reduction\":1},{\"group\":[\"b\",2],\"reduction\":1}]");
	}

}
