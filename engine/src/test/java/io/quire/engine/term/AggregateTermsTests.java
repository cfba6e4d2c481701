package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.Y;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn2;
import static io.quire.engine.query.ReqlTester.fn;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class AggregateTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@BeforeEach
	void rows() {
		this.reql.table("t",
				"[{'id':1,'g':'a','n':10},{'id':2,'g':'b','n':20},{'id':3,'g':'a','n':30},{'id':4,'g':'b'}]");
	}

	@Test
	void countWithValueOrPredicate() {
		assertThat(this.reql.json("[43,[" + table("t") + "]]")).isEqualTo("4");
		assertThat(this.reql.json("[43,[[2,[1,2,1]],1]]")).isEqualTo("2");
		assertThat(this.reql.json("[43,[" + table("t") + "," + fn("[17,[" + field(X, "g") + ",'a']]") + "]]"))
			.isEqualTo("2");
		assertThat(this.reql.json("[43,['héllo']]")).isEqualTo("5");
	}

	@Test
	void sumAvgMinMaxSkipRowsWithoutTheField() {
		assertThat(this.reql.json("[145,[" + table("t") + ",'n']]")).isEqualTo("60");
		assertThat(this.reql.json("[146,[" + table("t") + ",'n']]")).isEqualTo("20");
		assertThat(this.reql.json(field("[147,[" + table("t") + ",'n']]", "id"))).isEqualTo("1");
		assertThat(this.reql.json(field("[148,[" + table("t") + ",'n']]", "id"))).isEqualTo("3");
		assertThat(this.reql.json("[148,[[2,[1,5,3]]]]")).isEqualTo("5");
	}

	@Test
	void emptyAggregatesFail() {
		var error = this.reql.error("[146,[[2,[]]]]");
		assertThat(error.errorType()).isEqualTo(ErrorType.NON_EXISTENCE);
		assertThat(error.getMessage()).startsWith("Cannot take the average of an empty stream.");
		assertThat(this.reql.error("[37,[[2,[]]," + fn2(X) + "]]").getMessage())
			.isEqualTo("Cannot reduce over an empty stream.");
		assertThat(this.reql.json("[145,[[2,[]]]]")).isEqualTo("0");
	}

	@Test
	void reduceAndFold() {
		assertThat(this.reql.json("[37,[[2,[1,2,3]]," + fn2("[24,[" + X + "," + Y + "]]") + "]]")).isEqualTo("6");
		assertThat(this.reql.json("[187,[[2,['a','b']],'>'," + fn2("[24,[" + X + "," + Y + "]]") + "]]"))
			.isEqualTo("\">ab\"");
	}

	@Test
	void distinctSortsAndDeduplicates() {
		assertThat(this.reql.json("[42,[[2,[3,1,3,2,1]]]]")).isEqualTo("[1,2,3]");
		this.reql.value("[75,[" + table("t") + ",'g']]");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json("[42,[" + table("t") + "],{'index':'g'}]")).isEqualTo("[\"a\",\"b\"]");
	}

	@Test
	void containsValuesAndPredicates() {
		assertThat(this.reql.value("[93,[[2,[1,2,3]],1,3]]")).isEqualTo(true);
		assertThat(this.reql.value("[93,[[2,[1,2,3]],4]]")).isEqualTo(false);
		assertThat(this.reql.value("[93,[" + table("t") + "," + fn("[17,[" + field(X, "id") + ",4]]") + "]]"))
			.isEqualTo(true);
	}

	@Test
	void countOfNullCountsTheNullElements() {
		assertThat(this.reql.json("[43,[[2,[null,1,null]],null]]")).isEqualTo("2");
		assertThat(this.reql.json("[43,[[2,[1,2]],null]]")).isEqualTo("0");
	}

	@Test
	void containsNeedsOneRowForEachValueItLooksFor() {
		assertThat(this.reql.json("[93,[[2,[1,2,3]],2,2]]")).isEqualTo("false");
		assertThat(this.reql.json("[93,[[2,[2,1,2]],2,2]]")).isEqualTo("true");
		assertThat(
				this.reql.json("[93,[[2,[1,2,3]]," + fn("[17,[" + X + ",2]]") + "," + fn("[17,[" + X + ",2]]") + "]]"))
			.isEqualTo("false");
	}

	@Test
	void minAndMaxOfAWholeTableFollowThePrimaryKey() {
		// compared as objects, {'id':0,'z':1} would be above the rows with 'g',
		// {'a':1,'id':5} below
		this.reql.value("[56,[" + table("t") + ",[2,[{'id':0,'z':1},{'a':1,'id':5}]]]]");
		assertThat(this.reql.json(field("[147,[" + table("t") + "]]", "id"))).isEqualTo("0");
		assertThat(this.reql.json(field("[148,[" + table("t") + "]]", "id"))).isEqualTo("5");
		this.reql.table("empty", "[]");
		assertThat(this.reql.error("[147,[" + table("empty") + "]]").getMessage())
			.isEqualTo("`min` found no entries in the specified index.");
	}

	@Test
	void distinctOnAnIndexReadsOnlyTheSlice() {
		assertThat(this.reql.json("[42,[[182,[" + table("t") + ",2,4]]],{'index':'id'}]")).isEqualTo("[2,3]");
	}

}
