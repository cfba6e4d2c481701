package io.quire.engine.term;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quire.engine.QueryException;
import io.quire.engine.query.ReqlTester;
import io.quire.protocol.TermType;
import io.quire.protocol.json.ReqlJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How bare objects compile: data folds into one datum, anything else stays MAKE_OBJ. */
class CompilerTests {

	private final ReqlTester reql = new ReqlTester();

	@Test
	void compileShouldFoldAnObjectOfDataIntoOneSortedDatum() {
		Object json = ReqlJson.read("{\"b\":1,\"a\":{\"d\":null,\"c\":\"x\"},\"e\":true}");
		Node node = Compiler.compile(json);
		assertThat(node.type()).isEqualTo(TermType.DATUM);
		Map<String, Object> inner = new TreeMap<>();
		inner.put("c", "x");
		inner.put("d", null);
		Map<String, Object> expected = new TreeMap<>(Map.of("a", inner, "b", 1.0, "e", true));
		assertThat(node.datum()).isInstanceOf(TreeMap.class).isEqualTo(expected);
		assertThat(((Map<?, ?>) node.datum()).get("a")).isInstanceOf(TreeMap.class);
		assertThat(node.source()).isSameAs(json);
	}

	@Test
	void compileShouldKeepMakeObjForObjectsHoldingTermsOrPseudoTypes() {
		assertThat(Compiler.compile(ReqlJson.read("{\"a\":[2,[1]]}")).type()).isEqualTo(TermType.MAKE_OBJ);
		assertThat(Compiler.compile(ReqlJson.read("{\"a\":{\"b\":[10,[1]]}}")).type()).isEqualTo(TermType.MAKE_OBJ);
		assertThat(Compiler.compile(ReqlJson.read("{\"t\":{\"$reql_type$\":\"TIME\"}}")).type())
			.isEqualTo(TermType.MAKE_OBJ);
	}

	@Test
	void aFoldedObjectShouldEvaluateAsMakeObjDoes() {
		assertThat(this.reql.json("{'b':1,'a':{'c':[2,[1,2]],'d':'x'}}"))
			.isEqualTo("{\"a\":{\"c\":[1,2],\"d\":\"x\"},\"b\":1}");
		assertThat(this.reql.json("{'b':1,'a':{'d':'x'}}")).isEqualTo("{\"a\":{\"d\":\"x\"},\"b\":1}");
	}

	@Test
	void aBadPseudoTypeInABranchNotTakenShouldStillNotFail() {
		assertThat(this.reql.value("[65,[false,{'x':{'$reql_type$':5}},1]]")).isEqualTo(1.0);
	}

	@Test
	void anObjectNestedPastTheCompilerLimitShouldStillBeRefused() {
		Object nested = 1.0;
		for (int i = 0; i < ReqlJson.DEFAULT_MAX_DEPTH + 5; i++) {
			nested = Map.of("a", nested);
		}
		Object deep = nested;
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> Compiler.compile(deep))
			.withMessageContaining("nested too deeply");
		assertThat(Compiler.compile(List.of(2, List.of(Map.of("a", 1.0)))).args().get(0).type())
			.isEqualTo(TermType.DATUM);
	}

}
