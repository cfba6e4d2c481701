package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class ExtremumTests {

	private static final String MINVAL = "[180,[]]";

	private static final String MAXVAL = "[181,[]]";

	private static final String[] EVERYTHING = { "[2,[]]", "[103,[]]", "[155,['a']]", "false", "null", "-5", "{}",
			"'a'" };

	private final ReqlTester reql = new ReqlTester();

	@Test
	void minvalSortsBeforeAndMaxvalAfterEveryOtherValue() {
		for (String value : EVERYTHING) {
			assertThat(this.reql.value("[19,[" + MINVAL + "," + value + "]]")).as(value).isEqualTo(true);
			assertThat(this.reql.value("[21,[" + MINVAL + "," + value + "]]")).as(value).isEqualTo(false);
			assertThat(this.reql.value("[21,[" + MAXVAL + "," + value + "]]")).as(value).isEqualTo(true);
			assertThat(this.reql.value("[19,[" + MAXVAL + "," + value + "]]")).as(value).isEqualTo(false);
		}
		assertThat(this.reql.value("[17,[" + MINVAL + "," + MINVAL + "]]")).isEqualTo(true);
		assertThat(this.reql.value("[17,[" + MAXVAL + "," + MAXVAL + "]]")).isEqualTo(true);
		assertThat(this.reql.value("[19,[" + MINVAL + "," + MAXVAL + "]]")).isEqualTo(true);
	}

	@Test
	void extremaInsideArraysCompareElementByElement() {
		assertThat(this.reql.value("[19,[[2,[1," + MINVAL + "]],[2,[1,-1e300]]]]")).isEqualTo(true);
		assertThat(this.reql.value("[21,[[2,[1," + MAXVAL + "]],[2,[1,'zzz']]]]")).isEqualTo(true);
	}

	@Test
	void extremaCannotLeaveTheServerOrBeStored() {
		assertThat(this.reql.error(MINVAL).getMessage()).isEqualTo("Cannot convert `r.minval` to JSON.");
		assertThat(this.reql.error("[2,[1," + MAXVAL + "]]").getMessage())
			.isEqualTo("Cannot convert `r.maxval` to JSON.");
		assertThat(this.reql.error("[172,[" + MINVAL + "]]").getMessage())
			.isEqualTo("Cannot convert `r.minval` to JSON.");
		this.reql.table("t", "[]");
		assertThat(this.reql.json("[56,[" + table("t") + ",{'id':1,'v':" + MINVAL + "}]]"))
			.contains("\"first_error\":\"`r.minval` and `r.maxval` cannot be written to disk.\"");
		this.reql.value("[56,[" + table("t") + ",{'id':2}]]");
		assertThat(this.reql.json("[53,[[16,[" + table("t") + ",2]],{'v':[2,[" + MAXVAL + "]]}]]"))
			.contains("\"first_error\":\"`r.minval` and `r.maxval` cannot be written to disk.\"");
	}

	@Test
	void extremaSelectNothingInGetAllAndBoundBetween() {
		this.reql.table("t", "[{'id':1},{'id':2},{'id':3}]");
		assertThat(this.reql.json("[78,[" + table("t") + "," + MINVAL + "," + MAXVAL + "]]")).isEqualTo("[]");
		assertThat(this.reql.json("[41,[[182,[" + table("t") + "," + MINVAL + ",3]],'id']]"))
			.isEqualTo("[{\"id\":1},{\"id\":2}]");
		assertThat(this.reql.json("[182,[" + table("t") + "," + MAXVAL + "," + MINVAL + "]]")).isEqualTo("[]");
	}

	@Test
	void infoNamesTheExtremumTypeOnly() {
		assertThat(this.reql.json("[79,[" + MINVAL + "]]")).isEqualTo("{\"type\":\"MINVAL\"}");
		assertThat(this.reql.json("[79,[" + MAXVAL + "]]")).isEqualTo("{\"type\":\"MAXVAL\"}");
		assertThat(this.reql.json("[52,[" + MINVAL + "]]")).isEqualTo("\"MINVAL\"");
	}

}
