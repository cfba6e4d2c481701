package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.fn;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class TypeTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@Test
	void coerceBetweenDatumTypes() {
		assertThat(this.reql.json("[51,[1,'string']]")).isEqualTo("\"1\"");
		assertThat(this.reql.json("[51,[{'a':1},'STRING']]")).isEqualTo("\"{\\\"a\\\":1}\"");
		assertThat(this.reql.json("[51,['1.5','number']]")).isEqualTo("1.5");
		assertThat(this.reql.json("[51,[{'a':1},'array']]")).isEqualTo("[[\"a\",1]]");
		assertThat(this.reql.json("[51,[[2,[[2,['a',1]]]],'object']]")).isEqualTo("{\"a\":1}");
		assertThat(this.reql.json("[51,[null,'bool']]")).isEqualTo("false");
		assertThat(this.reql.json("[51,['hi','binary']]")).isEqualTo("{\"$reql_type$\":\"BINARY\",\"data\":\"aGk=\"}");
		assertThat(this.reql.json("[51,[[173,[3]],'array']]")).isEqualTo("[0,1,2]");
	}

	@Test
	void coercionErrors() {
		assertThat(this.reql.error("[51,['abc','number']]").getMessage())
			.isEqualTo("Could not coerce `abc` to NUMBER.");
		assertThat(this.reql.error("[51,[1,'array']]").getMessage()).isEqualTo("Cannot coerce NUMBER to ARRAY.");
		assertThat(this.reql.error("[51,[1,'foo']]").getMessage()).isEqualTo("Unknown Type: FOO");
	}

	@Test
	void typeOfNamesEveryKindOfValue() {
		this.reql.table("t", "[{'id':1}]");
		assertThat(this.reql.value("[52,[1]]")).isEqualTo("NUMBER");
		assertThat(this.reql.value("[52,[[103,[]]]]")).isEqualTo("PTYPE<TIME>");
		assertThat(this.reql.value("[52,[" + table("t") + "]]")).isEqualTo("TABLE");
		assertThat(this.reql.value("[52,[[39,[" + table("t") + ",{}]]]]")).isEqualTo("SELECTION<STREAM>");
		assertThat(this.reql.value("[52,[[16,[" + table("t") + ",1]]]]")).isEqualTo("SELECTION<OBJECT>");
		assertThat(this.reql.value("[52,[[173,[]]]]")).isEqualTo("STREAM");
		assertThat(this.reql.value("[52,[" + fn("1") + "]]")).isEqualTo("FUNCTION");
		assertThat(this.reql.value("[52,[[14,['test']]]]")).isEqualTo("DATABASE");
	}

	@Test
	void infoDescribesTablesAndDatums() {
		this.reql.table("t", "[{'id':1}]");
		assertThat(this.reql.json("[79,[" + table("t") + "]]")).contains("\"type\":\"TABLE\"")
			.contains("\"primary_key\":\"id\"")
			.contains("\"doc_count_estimates\":[1]")
			.contains("\"db\":{\"id\":");
	}

	@Test
	void stringsCoerceToNumbersAsRethinkDbParsesThem() {
		assertThat(this.reql.json("[51,['0xa','NUMBER']]")).isEqualTo("10");
		assertThat(this.reql.error("[51,['inf','NUMBER']]").getMessage()).isEqualTo("Non-finite number: inf");
		assertThat(this.reql.error("[51,['0xg','NUMBER']]").getMessage())
			.isEqualTo("Could not coerce `0xg` to NUMBER.");
	}

	@Test
	void binaryNamesItselfBinaryWhenItCannotBeCoerced() {
		assertThat(this.reql.error("[51,[[155,['YQ==']],'array']]").getMessage())
			.isEqualTo("Cannot coerce BINARY to ARRAY.");
	}

}
