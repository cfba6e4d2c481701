package io.quire.engine.term;

import io.quire.engine.QueryException;
import io.quire.engine.query.QueryResult;
import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTests {

	private static final String NOT_ATOMIC = "Could not prove argument deterministic.  Maybe you want to use the non_atomic flag?";

	private static final String RANDOM = "[151,[]]";

	private static final String ONE = "[16,[" + table("t") + ",1]]";

	private final ReqlTester reql = new ReqlTester();

	@BeforeEach
	void rows() {
		this.reql.table("t", "[{'id':1,'n':1},{'id':2,'n':2}]");
	}

	@Test
	void changesAfterARandomMapShouldBeRefused() {
		String randomRow = fn("[65,[[21,[" + RANDOM + ",0.5]]," + X + ",[12,['dummy']]]]");
		QueryException error = this.reql.error("[152,[[38,[" + table("t") + "," + randomRow + "]]]]");
		assertThat(error.getMessage()).isEqualTo("Cannot call `changes` after a non-deterministic function.");
		assertThat(error.backtrace()).containsExactly(0, 1);
	}

	@Test
	void changesAfterAFilterReadingATableShouldBeRefused() {
		String readsTable = fn("[17,[" + field(X, "n") + "," + field("[16,[" + table("t") + ",2]]", "n") + "]]");
		assertThat(this.reql.error("[152,[[39,[" + table("t") + "," + readsTable + "]]]]").getMessage())
			.isEqualTo("Cannot call `changes` after a non-deterministic function.");
	}

	@Test
	void changesAfterAMapUsingNowShouldBeAccepted() {
		QueryResult result = this.reql.result("[152,[[38,[" + table("t") + "," + fn("[103,[]]") + "]]]]", "{}");
		assertThat(result).isInstanceOf(QueryResult.Sequence.class);
		((QueryResult.Sequence) result).stream().close();
	}

	@Test
	void updateWithATableReadShouldNeedNonAtomic() {
		String patch = "{'d':[45,[" + table("t") + ",0]]}";
		assertThat(this.reql.error("[53,[" + ONE + "," + patch + "]]").getMessage()).isEqualTo(NOT_ATOMIC);
		assertThat(this.reql.json("[53,[" + ONE + "," + patch + "],{'non_atomic':true}]")).contains("\"replaced\":1");
	}

	@Test
	void replaceWithRandomInItsFunctionShouldNeedNonAtomic() {
		String function = fn("[35,[" + X + ",{'r':" + RANDOM + "}]]");
		assertThat(this.reql.error("[55,[" + table("t") + "," + function + "]]").getMessage()).isEqualTo(NOT_ATOMIC);
		assertThat(this.reql.error("[55,[" + ONE + "," + ONE + "]]").getMessage()).isEqualTo(NOT_ATOMIC);
		assertThat(this.reql.error("[55,[" + table("t") + ",[154,[[2,[" + ONE + "]]]]]]").getMessage())
			.isEqualTo(NOT_ATOMIC);
		assertThat(this.reql.json("[55,[" + table("t") + "," + function + "],{'non_atomic':true}]"))
			.contains("\"replaced\":2");
	}

	@Test
	void updateWithUuidIsAtomicOnlyWhenItHashesAnArgument() {
		assertThat(this.reql.error("[53,[" + ONE + ",{'a':[169,[]]}]]").getMessage()).isEqualTo(NOT_ATOMIC);
		assertThat(this.reql.error("[53,[" + ONE + ",{'a':[169,[[154,[[2,[]]]]]]}]]").getMessage())
			.isEqualTo(NOT_ATOMIC);
		assertThat(this.reql.error("[53,[" + ONE + ",{'a':[169,[[154,[[2,['test']]]]]]}]]").getMessage())
			.isEqualTo(NOT_ATOMIC);
		assertThat(this.reql.error("[53,[" + ONE + ",{'a':[169,[[169,[]]]]}]]").getMessage()).isEqualTo(NOT_ATOMIC);
		assertThat(this.reql.json("[53,[" + ONE + ",{'a':[169,['test']]}]]")).contains("\"replaced\":1");
	}

	@Test
	void updateWithNowShouldBeAtomic() {
		assertThat(this.reql.json("[53,[" + table("t") + "," + fn("{'at':[103,[]]}") + "]]"))
			.contains("\"replaced\":2");
	}

	@Test
	void insertConflictFunctionMustBeDeterministic() {
		String resolver = "[69,[[2,[1,2,3]],[35,[[10,[2]],{'r':" + RANDOM + "}]]]]";
		assertThat(this.reql.error("[56,[" + table("t") + ",{'id':1}],{'conflict':" + resolver + "}]").getMessage())
			.isEqualTo("The conflict function passed to `insert` must be deterministic.");
	}

	@Test
	void indexFunctionsMustBeDeterministicEvenAboutNow() {
		String message = "Could not prove function deterministic.  Index functions must be deterministic.";
		assertThat(this.reql.error("[75,[" + table("t") + ",'now'," + fn("[103,[]]") + "]]").getMessage())
			.isEqualTo(message);
		assertThat(this.reql.error("[75,[" + table("t") + ",'get'," + fn(ONE) + "]]").getMessage()).isEqualTo(message);
	}

	@Test
	void writeHooksMustBeDeterministic() {
		String hook = "[69,[[2,[1,2,3]],[35,[[10,[3]],{'r':" + RANDOM + "}]]]]";
		assertThat(this.reql.error("[189,[" + table("t") + "," + hook + "]]").getMessage())
			.isEqualTo("Could not prove function deterministic.  Write hook functions must be deterministic.");
	}

	@Test
	void sortingByARandomFunctionShouldBeRefused() {
		assertThat(this.reql.error("[41,[" + table("t") + "," + fn(RANDOM) + "]]").getMessage())
			.isEqualTo("Sorting by a non-deterministic function is not supported.");
	}

}
