package io.quire.engine.term;

import io.quire.engine.QueryException;
import io.quire.engine.query.ReqlTester;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn;
import static org.assertj.core.api.Assertions.assertThat;

class ObjectTermsTests {

	private final ReqlTester reql = new ReqlTester();

	private static final String DOC = "{'a':1,'b':{'c':2,'d':3},'e':[2,[{'f':1,'g':2}]]}";

	@Test
	void getFieldAndBracket() {
		assertThat(this.reql.json("[31,[" + DOC + ",'a']]")).isEqualTo("1");
		assertThat(this.reql.json(field(field(DOC, "b"), "c"))).isEqualTo("2");
		assertThat(this.reql.json("[170,[[2,[5,6,7]],-1]]")).isEqualTo("7");
	}

	@Test
	void missingFieldIsNonExistence() {
		var error = this.reql.error("[31,[{'a':1},'x']]");
		assertThat(error.errorType()).isEqualTo(ErrorType.NON_EXISTENCE);
		assertThat(error.getMessage()).isEqualTo("No attribute `x` in object:\n{\n\t\"a\":\t1\n}");
		assertThat(this.reql.error("[31,[1,'x']]").getMessage())
			.isEqualTo("Cannot perform get_field on a non-object non-sequence `1`.");
	}

	@Test
	void hasFieldsWithATimeArgumentShouldBeAnInvalidPath() {
		String time = "[136,[2014,7,7,'Z']]";
		assertThat(this.reql.error("[32,[[143,[]]," + time + "]]").getMessage())
			.isEqualTo("Invalid path argument `1404691200`.");
		assertThat(this.reql.error("[32,[[2,[{'a':1}]]," + time + "]]").getMessage())
			.isEqualTo("Invalid path argument `1404691200`.");
		assertThat(this.reql.error("[33,[{'a':1},{'b':false}]]").getMessage())
			.isEqualTo("Invalid path argument `false`.");
		assertThat(this.reql.error("[34,[{'a':1},[2,['a',1]]]]").getMessage()).isEqualTo("Invalid path argument `1`.");
		assertThat(this.reql.json("[32,[{'a':{'b':1}},{'a':{'b':true}}]]")).isEqualTo("true");
	}

	@Test
	void getFieldOnSequenceSkipsRowsWithoutIt() {
		assertThat(this.reql.json(field("[2,[{'a':1},{'b':2},{'a':3}]]", "a"))).isEqualTo("[1,3]");
	}

	@Test
	void pluckAndWithoutTakeNestedSelectors() {
		assertThat(this.reql.json("[33,[" + DOC + ",'a',{'b':[2,['c']]}]]")).isEqualTo("{\"a\":1,\"b\":{\"c\":2}}");
		assertThat(this.reql.json("[33,[" + DOC + ",{'e':[2,['f']]}]]")).isEqualTo("{\"e\":[{\"f\":1}]}");
		assertThat(this.reql.json("[34,[" + DOC + ",'e',{'b':{'d':true}}]]")).isEqualTo("{\"a\":1,\"b\":{\"c\":2}}");
		assertThat(this.reql.json("[33,[[2,[{'a':1,'b':2},{'b':3}]],'a']]")).isEqualTo("[{\"a\":1},{}]");
	}

	@Test
	void mergeIsDeepAndLiteralReplaces() {
		assertThat(this.reql.json("[35,[{'a':{'b':1,'c':2}},{'a':{'b':5}}]]")).isEqualTo("{\"a\":{\"b\":5,\"c\":2}}");
		assertThat(this.reql.json("[35,[{'a':{'b':1,'c':2}},{'a':[137,[{'b':5}]]}]]")).isEqualTo("{\"a\":{\"b\":5}}");
		assertThat(this.reql.json("[35,[{'a':1,'b':2},{'a':[137,[]]}]]")).isEqualTo("{\"b\":2}");
		assertThat(this.reql.json("[35,[{'a':1}," + fn("{'b':[24,[" + field(X, "a") + ",1]]}") + "]]"))
			.isEqualTo("{\"a\":1,\"b\":2}");
	}

	@Test
	void hasFieldsKeysValuesAndObject() {
		assertThat(this.reql.value("[32,[{'a':1,'b':null},'a']]")).isEqualTo(true);
		assertThat(this.reql.value("[32,[{'a':1,'b':null},'b']]")).isEqualTo(false);
		assertThat(this.reql.json("[32,[[2,[{'a':1},{'b':1}]],'a']]")).isEqualTo("[{\"a\":1}]");
		assertThat(this.reql.json("[94,[{'b':1,'a':2}]]")).isEqualTo("[\"a\",\"b\"]");
		assertThat(this.reql.json("[186,[{'b':1,'a':2}]]")).isEqualTo("[2,1]");
		assertThat(this.reql.json("[143,['x',1,'y',2]]")).isEqualTo("{\"x\":1,\"y\":2}");
	}

	@Test
	void literalOutsideMergeOrUpdateIsAStrayKeyword() {
		String message = "Stray literal keyword found: literal is only legal inside of the object passed "
				+ "to merge or update and cannot nest inside other literals.";
		QueryException bare = this.reql.error("[137,['foo']]");
		assertThat(bare.getMessage()).isEqualTo(message);
		assertThat(bare.errorType()).isEqualTo(ErrorType.QUERY_LOGIC);
		assertThat(this.reql.error("[2,[{'a':[137,[1]]}]]").getMessage()).isEqualTo(message);
		assertThat(this.reql.json("[35,[{'a':{'b':1}},{'a':[137,[{'c':2}]]}]]")).isEqualTo("{\"a\":{\"c\":2}}");
	}

	@Test
	void mergeRefusesALiteralAsTheWholePatchOrInsideAnotherLiteral() {
		String message = "Stray literal keyword found: literal is only legal inside of the object passed "
				+ "to merge or update and cannot nest inside other literals.";
		assertThat(this.reql.error("[35,[{'a':1},[137,['foo']]]]").getMessage()).isEqualTo(message);
		assertThat(this.reql.error("[35,[{'a':1},{'b':[137,[[137,['foo']]]]}]]").getMessage()).isEqualTo(message);
	}

	@Test
	void bracketNamesItselfWhenItsSourceIsNoObject() {
		assertThat(this.reql.error("[170,['a','b']]").getMessage())
			.isEqualTo("Cannot perform bracket on a non-object non-sequence `\"a\"`.");
		assertThat(this.reql.error("[170,[[2,[{'a':1},'a']],'a']]").getMessage())
			.isEqualTo("Cannot perform bracket on a non-object non-sequence `\"a\"`.");
	}

	@Test
	void anEmptyObjectPrintsAsTwoBracesInErrors() {
		assertThat(this.reql.error("[31,[{},'b']]").getMessage()).isEqualTo("No attribute `b` in object:\n{}");
	}

	@Test
	void keysAndValuesNameTheTypeOfANonObject() {
		assertThat(this.reql.error("[94,[1]]").getMessage())
			.isEqualTo("Cannot call `keys` on objects of type `NUMBER`.");
		assertThat(this.reql.error("[186,[[2,[1]]]]").getMessage())
			.isEqualTo("Cannot call `values` on objects of type `ARRAY`.");
	}

	@Test
	void pluckRefusesASequenceOfSequences() {
		assertThat(this.reql.error("[33,[[2,[[2,[{'foo':1}]]]],'foo']]").getMessage())
			.isEqualTo("Cannot perform pluck on a sequence of sequences.");
	}

}
