package io.quire.engine.term;

import io.quire.engine.query.QueryResult;
import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.Y;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn2;
import static io.quire.engine.query.ReqlTester.fn;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class TransformTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@Test
	void mapOverOneOrSeveralSequences() {
		assertThat(this.reql.json("[38,[[2,[1,2]]," + fn("[26,[" + X + ",10]]") + "]]")).isEqualTo("[10,20]");
		assertThat(this.reql.json("[38,[[2,[1,2,3]],[2,[10,20]]," + fn2("[24,[" + X + "," + Y + "]]") + "]]"))
			.isEqualTo("[11,22]");
	}

	@Test
	void concatMapFlattens() {
		assertThat(this.reql.json("[40,[[2,[1,2]]," + fn("[2,[" + X + "," + X + "]]") + "]]")).isEqualTo("[1,1,2,2]");
	}

	@Test
	void skipLimitSliceNth() {
		String range = "[173,[10]]";
		assertThat(this.reql.json("[71,[[70,[" + range + ",2]],3]]")).isEqualTo("[2,3,4]");
		assertThat(this.reql.json("[30,[" + range + ",8]]")).isEqualTo("[8,9]");
		assertThat(this.reql.json("[30,[[2,[0,1,2,3]],1,-1]]")).isEqualTo("[1,2]");
		assertThat(this.reql.json("[30,[[2,[0,1,2,3]],1,2],{'right_bound':'closed'}]")).isEqualTo("[1,2]");
		assertThat(this.reql.json("[30,['hello',1,3]]")).isEqualTo("\"el\"");
		assertThat(this.reql.json("[45,[" + range + ",4]]")).isEqualTo("4");
		assertThat(this.reql.json("[45,[[2,[1,2,3]],-1]]")).isEqualTo("3");
		assertThat(this.reql.error("[45,[[2,[1]],5]]").getMessage()).isEqualTo("Index out of bounds: 5");
	}

	@Test
	void limitOnInfiniteRangeIsLazy() {
		assertThat(this.reql.json("[71,[[173,[]],3]]")).isEqualTo("[0,1,2]");
		assertThat(this.reql.json("[43,[[71,[[173,[]],3]]]]")).isEqualTo("3");
	}

	@Test
	void aggregatingAnInfiniteRangeFails() {
		assertThat(this.reql.error("[43,[[173,[]]]]").getMessage()).startsWith("Cannot use an infinite stream");
		assertThat(this.reql.error("[51,[[38,[[173,[]]," + fn(X) + "]],'array']]").getMessage())
			.startsWith("Cannot use an infinite stream");
	}

	@Test
	void unionConcatenatesAndZipMerges() {
		assertThat(this.reql.json("[44,[[2,[1]],[2,[2,3]]]]")).isEqualTo("[1,2,3]");
		assertThat(this.reql.result("[44,[[2,[1]],[173,[2]]]]", "{}")).isInstanceOf(QueryResult.Sequence.class);
		assertThat(this.reql.json("[72,[[2,[{'left':{'a':1},'right':{'b':2}}]]]]")).isEqualTo("[{\"a\":1,\"b\":2}]");
	}

	@Test
	void isEmptyOffsetsOfWithFieldsSample() {
		assertThat(this.reql.value("[86,[[2,[]]]]")).isEqualTo(true);
		assertThat(this.reql.value("[86,[[173,[3]]]]")).isEqualTo(false);
		assertThat(this.reql.json("[87,[[2,['a','b','a']],'a']]")).isEqualTo("[0,2]");
		assertThat(this.reql.json("[96,[[2,[{'a':1,'b':2},{'b':3}]],'a']]")).isEqualTo("[{\"a\":1}]");
		assertThat(this.reql.json("[43,[[81,[[173,[10]],3]]]]")).isEqualTo("3");
	}

	@Test
	void rangeWithBounds() {
		assertThat(this.reql.json("[173,[2,5]]")).isEqualTo("[2,3,4]");
	}

	@Test
	void nthOfSelectionIsWritable() {
		this.reql.table("t", "[{'id':1},{'id':2}]");
		assertThat(this.reql.json("[53,[[45,[" + table("t") + ",1]],{'x':1}]]")).contains("\"replaced\":1");
		assertThat(this.reql.json(field("[16,[" + table("t") + ",2]]", "x"))).isEqualTo("1");
	}

	@Test
	void sampleOfATableShouldBeASelectionThatCanBeUpdatedAndDeleted() {
		this.reql.table("t", "[{'id':1},{'id':2},{'id':3}]");
		assertThat(this.reql.json("[53,[[81,[" + table("t") + ",2]],{'picked':true}]]")).contains("\"replaced\":2");
		assertThat(this.reql.json("[43,[[39,[" + table("t") + ",{'picked':true}]]]]")).isEqualTo("2");
		assertThat(this.reql.json("[54,[[81,[[39,[" + table("t") + ",{'picked':true}]],1]]]]"))
			.contains("\"deleted\":1");
		assertThat(this.reql.json("[43,[" + table("t") + "]]")).isEqualTo("2");
		assertThat(this.reql.json("[52,[[81,[[2,[1,2]],1]]]]")).isEqualTo("\"ARRAY\"");
	}

	@Test
	void unionInterleavedByAnOrderingMergesSortedInputs() {
		String left = "[2,[{'a':1},{'a':4},{'a':6}]]";
		String right = "[2,[{'a':2},{'a':3},{'a':7}]]";
		assertThat(this.reql.json("[44,[" + left + "," + right + "],{'interleave':'a'}]"))
			.isEqualTo("[{\"a\":1},{\"a\":2},{\"a\":3},{\"a\":4},{\"a\":6},{\"a\":7}]");
		assertThat(this.reql.json("[44,[[2,[3,1]],[2,[2,0]]],{'interleave':" + fn("[25,[0," + X + "]]") + "}]"))
			.isEqualTo("[3,2,1,0]");
		assertThat(this.reql.json("[44,[[2,[{'a':5},{'a':1}]],[2,[{'a':3}]]],{'interleave':[2,[[74,['a']]]]}]"))
			.isEqualTo("[{\"a\":5},{\"a\":3},{\"a\":1}]");
		assertThat(this.reql.json("[44,[[2,[1,2]],[2,[0]]],{'interleave':false}]")).isEqualTo("[1,2,0]");
	}

	@Test
	void aFunctionOfNoParametersTakesAnyArguments() {
		assertThat(this.reql.json("[38,[[2,[1,2,3]],[69,[[2,[]],0]]]]")).isEqualTo("[0,0,0]");
	}

	@Test
	void mapRefusesADatumInPlaceOfAFunction() {
		assertThat(this.reql.error("[38,[[2,[1,2]],1]]").getMessage())
			.isEqualTo("Expected type FUNCTION but found DATUM:\n1");
	}

	@Test
	void mapNamesTheFunctionsArityAndTheNumberOfSequences() {
		assertThat(this.reql.error("[38,[[2,[1]]," + fn2(X) + "]]").getMessage())
			.isEqualTo("The function passed to `map` expects 2 arguments, but 1 sequence was found.");
		assertThat(this.reql.error("[38,[[2,[1]],[2,[1]]," + fn(X) + "]]").getMessage())
			.isEqualTo("The function passed to `map` expects 1 argument, but 2 sequences were found.");
	}

	@Test
	void withFieldsOfNoFieldsKeepsEveryObjectEmpty() {
		assertThat(this.reql.json("[96,[[2,[{'a':1},{'b':2}]]]]")).isEqualTo("[{},{}]");
		assertThat(this.reql.error("[96,[1]]").getMessage())
			.isEqualTo("Cannot perform has_fields on a non-object non-sequence `1`.");
	}

	@Test
	void foldWithOnlyFinalEmitAppliesItToTheResult() {
		assertThat(this.reql.json("[187,[[173,[10]],0," + fn2("[24,[" + X + ",1]]") + "],{'final_emit':"
				+ fn("[26,[" + X + ",2]]") + "}]"))
			.isEqualTo("20");
	}

	@Test
	void slicingAStreamTakesMinusOneOnlyAsAClosedRightBound() {
		assertThat(this.reql.json("[43,[[30,[[173,[10]],2,-1],{'right_bound':'closed'}]]]")).isEqualTo("8");
		assertThat(this.reql.error("[30,[[173,[10]],2,-1]]").getMessage())
			.isEqualTo("Cannot slice to an open right index of -1 on a stream.");
		assertThat(this.reql.error("[30,[[173,[10]],2,-2]]").getMessage())
			.isEqualTo("Cannot use a right index < -1 on a stream.");
	}

	@Test
	void interleaveRefusesInputsThatAreNotInItsOrder() {
		assertThat(this.reql.error("[44,[[2,[3,1]],[2,[2]]],{'interleave':" + fn(X) + "}]").getMessage())
			.isEqualTo("The streams given as arguments are not ordered by given ordering.");
	}

	@Test
	void interleaveTakesAnArrayOfFunctions() {
		String byAThenB = "[2,[" + fn(field(X, "a")) + "," + fn(field(X, "b")) + "]]";
		assertThat(this.reql
			.json("[44,[[2,[{'a':1,'b':2},{'a':2,'b':1}]],[2,[{'a':1,'b':3}]]],{'interleave':" + byAThenB + "}]"))
			.isEqualTo("[{\"a\":1,\"b\":2},{\"a\":1,\"b\":3},{\"a\":2,\"b\":1}]");
	}

	@Test
	void descOutsideOrderByOrUnionIsACompileError() {
		var error = this.reql.error("[44,[[2,[1]],[2,[2]]],{'interleave':" + fn("[74,[" + X + "]]") + "}]");
		assertThat(error.responseType()).isEqualTo(io.quire.protocol.ResponseType.COMPILE_ERROR);
		assertThat(error.getMessage()).isEqualTo("DESC may only be used as an argument to ORDER_BY or UNION.");
	}

}
