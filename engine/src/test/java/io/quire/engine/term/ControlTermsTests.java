package io.quire.engine.term;

import io.quire.engine.QueryException;
import io.quire.engine.query.ReqlTester;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.Y;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn2;
import static io.quire.engine.query.ReqlTester.fn;
import static org.assertj.core.api.Assertions.assertThat;

class ControlTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@Test
	void literalsAndImplicitObjects() {
		assertThat(this.reql.json("[2,[1,'a',{'b':[2,[true,null]]}]]")).isEqualTo("[1,\"a\",{\"b\":[true,null]}]");
		assertThat(this.reql.json("[1,{'x':[1,2]}]")).isEqualTo("{\"x\":[1,2]}");
		assertThat(this.reql.json("{'b':1,'a':[24,[1,1]]}")).isEqualTo("{\"a\":2,\"b\":1}");
	}

	@Test
	void funcallPassesArgumentsAfterTheFunction() {
		assertThat(this.reql.json("[64,[" + fn2("[25,[" + X + "," + Y + "]]") + ",10,3]]")).isEqualTo("7");
	}

	@Test
	void functionCallsShouldStopOnceTheQueryIsCancelled() {
		Cancellation cancellation = new Cancellation();
		cancellation.cancel(Cancellation.Reason.STOP);
		try (Cancellation.Scope scope = cancellation.enter()) {
			// r.do(10, 3, (x, y) -> x + y): a function call, no sequence involved
			QueryException error = this.reql.error("[64,[" + fn2("[24,[" + X + "," + Y + "]]") + ",10,3]]");
			assertThat(error.getMessage()).isEqualTo("Query terminated by a STOP.");
		}
		assertThat(this.reql.json("[64,[" + fn2("[24,[" + X + "," + Y + "]]") + ",10,3]]")).isEqualTo("13");
	}

	@Test
	void functionArityMismatchIsAnError() {
		assertThat(this.reql.error("[64,[" + fn2(X) + ",1]]").getMessage())
			.isEqualTo("Expected function with 1 argument but found function with 2 arguments.");
	}

	@Test
	void implicitVariableBindsToInnermostFunction() {
		assertThat(this.reql.json("[38,[[2,[1,2]]," + fn("[24,[[13,[]],10]]") + "]]")).isEqualTo("[11,12]");
		assertThat(this.reql.error("[13,[]]").getMessage()).isEqualTo("r.row is not defined in this context.");
	}

	@Test
	void implicitVariableInNestedFunctionsIsACompileError() {
		String nested = "[38,[[2,[1]]," + fn("[38,[[2,[2]]," + fn("[13,[]]") + "]]") + "]]";
		var error = this.reql.error(nested);
		assertThat(error.responseType()).isEqualTo(io.quire.protocol.ResponseType.COMPILE_ERROR);
		assertThat(error.getMessage()).isEqualTo("Cannot use r.row in nested queries.  Use functions instead.");
	}

	@Test
	void writesInsideStreamFunctionsAreCompileErrors() {
		String mapWithInsert = "[38,[[2,[1]]," + fn("[56,[[15,['t']],{}]]") + "]]";
		assertThat(this.reql.error(mapWithInsert).getMessage())
			.isEqualTo("Cannot nest writes or meta ops in stream operations.  Use FOR_EACH instead.");
		this.reql.value("[60,['t']]");
		assertThat(this.reql.json("[68,[[2,[1]]," + fn("[56,[[15,['t']],{}]]") + "]]")).contains("\"inserted\":1");
	}

	@Test
	void aWriteGivenDirectlyToAStreamOperationIsACompileError() {
		var error = this.reql.error("[38,[[2,[1,2]],[60,['made_by_map']]]]");
		assertThat(error.responseType()).isEqualTo(io.quire.protocol.ResponseType.COMPILE_ERROR);
		assertThat(error.getMessage())
			.isEqualTo("Cannot nest writes or meta ops in stream operations.  Use FOR_EACH instead.");
		assertThat(this.reql.json("[62,[]]")).doesNotContain("made_by_map");
	}

	@Test
	void branchPicksFirstTruthyTest() {
		assertThat(this.reql.json("[65,[false,1,null,2,0,3,4]]")).isEqualTo("3");
		assertThat(this.reql.json("[65,[false,1,'else']]")).isEqualTo("\"else\"");
	}

	@Test
	void defaultReplacesNullAndMissingFields() {
		assertThat(this.reql.json("[92,[null,5]]")).isEqualTo("5");
		assertThat(this.reql.json("[92,[" + field("{'a':1}", "b") + ",'none']]")).isEqualTo("\"none\"");
		assertThat(this.reql.json("[92,[" + field("{'a':1}", "b") + "," + fn(X) + "]]"))
			.isEqualTo("\"No attribute `b` in object:\\n{\\n\\t\\\"a\\\":\\t1\\n}\"");
	}

	@Test
	void defaultCatchesFieldsOfMissingDocuments() {
		this.reql.table("t", "[{'id':1,'name':'Ann'}]");
		assertThat(this.reql.json("[92,[" + field("[16,[" + ReqlTester.table("t") + ",9]]", "name") + ",'anon']]"))
			.isEqualTo("\"anon\"");
		assertThat(this.reql.json("[92,[[24,[null,1]],0]]")).isEqualTo("0");
	}

	@Test
	void defaultDoesNotCatchOtherErrors() {
		assertThat(this.reql.error("[92,[[24,[1,'a']],5]]").getMessage())
			.isEqualTo("Expected type NUMBER but found STRING.");
	}

	@Test
	void errorTermRaisesUserError() {
		QueryException error = this.reql.error("[12,['boom']]");
		assertThat(error.errorType()).isEqualTo(ErrorType.USER);
		assertThat(error.getMessage()).isEqualTo("boom");
	}

	@Test
	void argsSplicesAnArrayIntoArguments() {
		assertThat(this.reql.json("[24,[[154,[[2,[1,2,3]]]]]]")).isEqualTo("6");
		assertThat(this.reql.json("[2,[0,[154,[[2,[1,2]]]],3]]")).isEqualTo("[0,1,2,3]");
	}

	@Test
	void unknownTermTypeIsACompileError() {
		assertThat(this.reql.error("[9999,[]]").getMessage()).isEqualTo("Unrecognized TermType: 9999.");
	}

	@Test
	void doWithAConstantInPlaceOfAFunctionReturnsTheConstant() {
		assertThat(this.reql.json("[64,[1]]")).isEqualTo("1");
		assertThat(this.reql.json("[64,[2,1]]")).isEqualTo("2");
		assertThat(this.reql.error("[64,[2,[12,['boom']]]]").getMessage()).isEqualTo("boom");
	}

	@Test
	void anEmptyErrorAsTheDefaultRethrowsWhatTheDefaultCaught() {
		assertThat(this.reql.json("[92,[1,[12,[]]]]")).isEqualTo("1");
		assertThat(this.reql.json("[92,[null,[12,[]]]]")).isEqualTo("null");
		var missingField = this.reql.error("[92,[[170,[{},'b']],[12,[]]]]");
		assertThat(missingField.getMessage()).startsWith("No attribute `b` in object:");
		assertThat(missingField.errorType()).isEqualTo(ErrorType.NON_EXISTENCE);
		var emptyReduce = this.reql.error("[92,[[37,[[2,[]]," + fn2("[24,[[10,[1]],[10,[2]]]]") + "]],[12,[]]]]");
		assertThat(emptyReduce.getMessage()).isEqualTo("Cannot reduce over an empty stream.");
		assertThat(emptyReduce.errorType()).isEqualTo(ErrorType.NON_EXISTENCE);
		assertThat(this.reql.error("[92,[[170,[{},'b']]," + fn("[12,[]]") + "]]").getMessage())
			.startsWith("No attribute `b` in object:");
	}

	@Test
	void anEmptyErrorOutsideADefaultStillFails() {
		assertThat(this.reql.error("[12,[]]").getMessage()).isEqualTo("Empty ERROR term outside a default block.");
		assertThat(this.reql.error("[92,[[12,[]],2]]").getMessage())
			.isEqualTo("Empty ERROR term outside a default block.");
	}

	@Test
	void defaultCatchesMissingValuesFromDeepInsideItsArgument() {
		assertThat(this.reql.json("[92,[[24,[null,5]],'d']]")).isEqualTo("\"d\"");
		assertThat(this.reql.json("[92,[[24,[[170,[{'a':{}},'a']],[170,[[170,[{'a':{}},'a']],'b']]]],7]]"))
			.isEqualTo("7");
	}

	@Test
	void filterWithAnEmptyErrorDefaultRethrowsTheMissingField() {
		String rows = "[2,[{'a':1},{}]]";
		assertThat(
				this.reql.error("[39,[" + rows + "," + fn("[17,[[170,[[10,[1]],'a']],1]]") + "],{'default':[12,[]]}]")
					.getMessage())
			.startsWith("No attribute `a` in object:");
	}

}
