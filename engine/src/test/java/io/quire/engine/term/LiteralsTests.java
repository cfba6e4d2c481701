package io.quire.engine.term;

import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.query.ReqlTester;
import io.quire.protocol.TermType;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.fn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * MAKE_ARRAY and MAKE_OBJ terms of data only compile into one literal node, which answers
 * and fails exactly as the terms it replaces.
 */
class LiteralsTests {

	/** {@code [1, {a: [2, 3], b: {c: null}}, 'x', []]}, data only. */
	private static final String DATA = "[2,[1,{'a':[2,[2,3]],'b':{'c':null}},'x',[2,[]]]]";

	private final ReqlTester reql = new ReqlTester();

	@Test
	void arraysAndObjectsOfDataShouldCompileIntoOneNode() {
		Node node = Compiler.compile(ReqlTester.parse(DATA));
		assertThat(node.type()).isEqualTo(TermType.MAKE_ARRAY);
		assertThat(node.args()).isEmpty();
		assertThat(this.reql.json(DATA)).isEqualTo("[1,{\"a\":[2,3],\"b\":{\"c\":null}},\"x\",[]]");
	}

	@Test
	void termsInsideShouldKeepTheirNodes() {
		Node node = Compiler.compile(ReqlTester.parse("[2,[1,{'a':[24,[1,1]]}]]"));
		assertThat(node.args()).hasSize(2);
		assertThat(node.args().get(0).type()).isEqualTo(TermType.DATUM);
		assertThat(node.args().get(1).optargs()).containsKey("a");
	}

	@Test
	void eachEvaluationShouldGetItsOwnCopy() {
		// r.range(2).map(x -> {a: [1, 2]}): one literal node, evaluated twice
		List<?> rows = (List<?>) this.reql.value("[38,[[173,[2]]," + fn("{'a':[2,[1,2]]}") + "]]");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).isEqualTo(rows.get(1)).isNotSameAs(rows.get(1));
		assertThat(((Map<?, ?>) rows.get(0)).get("a")).isNotSameAs(((Map<?, ?>) rows.get(1)).get("a"));
	}

	@Test
	void anArrayOverTheLimitShouldFailAsTheTermsDo() {
		String folded = "[2,[0,{'a':[2,[1,2,3,4]]}]]";
		String computed = "[2,[0,{'a':[2,[1,2,3,[24,[2,2]]]]}]]";
		assertSameError(folded, computed, "{'array_limit':3}");
		assertThat(this.reql.error(folded, "{'array_limit':3}").getMessage()).isEqualTo("Array over size limit `3`.");
		assertThat(this.reql.json(folded, "{'array_limit':4}")).isEqualTo("[0,{\"a\":[1,2,3,4]}]");
	}

	@Test
	void aBadPseudoTypeShouldFailWhenItRunsAsBefore() {
		assertSameError("[2,[{'$reql_type$':'TIME','epoch_time':1}]]",
				"[2,[{'$reql_type$':'TIME','epoch_time':[24,[0,1]]}]]", "{}");
		assertSameError("{'$reql_type$':'NOPE'}", "{'$reql_type$':[24,['NO','PE']]}", "{}");
		// a branch not taken never builds its object, so it never fails
		assertThat(this.reql.json("[65,[false,{'$reql_type$':'NOPE'},1]]")).isEqualTo("1");
	}

	@Test
	void validPseudoTypesShouldFoldAsTheyEvaluate() {
		String time = "{'$reql_type$':'TIME','epoch_time':1.5,'timezone':'+01:00'}";
		String computed = "{'$reql_type$':'TIME','epoch_time':[24,[1,0.5]],'timezone':'+01:00'}";
		assertThat(this.reql.json(time)).isEqualTo(this.reql.json(computed));
	}

	private void assertSameError(String folded, String computed, String optargs) {
		QueryException expected = this.reql.error(computed, optargs);
		QueryException actual = this.reql.error(folded, optargs);
		assertThat(actual.getMessage()).isEqualTo(expected.getMessage());
		assertThat(actual.errorType()).isEqualTo(expected.errorType());
		assertThat(actual.backtrace()).isEqualTo(expected.backtrace());
	}

}
