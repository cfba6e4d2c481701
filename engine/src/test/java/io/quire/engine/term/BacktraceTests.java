package io.quire.engine.term;

import java.util.List;

import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which term a runtime error's backtrace marks: a value of the wrong kind handed to a
 * term as a number, string or boolean marks that argument; checks the term makes on the
 * datums it was given (arrays, objects, operands of ADD, zero divisors) mark the term.
 */
class BacktraceTests {

	private final ReqlTester reql = new ReqlTester();

	private List<Object> frames(String term) {
		return this.reql.error(term).backtrace();
	}

	@Test
	void arithmeticOnTheWrongTypeMarksTheArithmeticTerm() {
		assertThat(frames("[24,[1,'a']]")).isEmpty();
		assertThat(frames("[25,['a',1]]")).isEmpty();
		assertThat(frames("[26,[1,'a']]")).isEmpty();
		assertThat(frames("[27,[1,'a']]")).isEmpty();
	}

	@Test
	void divisionByZeroMarksTheDivision() {
		assertThat(frames("[27,[1,0]]")).isEmpty();
		assertThat(frames("[28,[1,0]]")).isEmpty();
	}

	@Test
	void anIntegerArgumentOfTheWrongTypeMarksTheArgument() {
		assertThat(frames("[28,[1,'a']]")).containsExactly(1);
		assertThat(frames("[191,['a',12]]")).containsExactly(0);
		assertThat(frames("[191,[12,'a']]")).containsExactly(1);
		assertThat(frames("[151,[1,2],{'float':'x'}]")).containsExactly("float");
	}

	@Test
	void anArrayOrObjectOfTheWrongTypeMarksTheTermThatNeedsIt() {
		assertThat(frames("[29,['a',1]]")).isEmpty();
		assertThat(frames("[82,['a',0,1]]")).isEmpty();
	}

	@Test
	void anErrorInsideAFunctionBodyGoesThroughTheFunctionsBodyFrame() {
		String addString = "[69,[[2,[1]],[24,[[10,[1]],'a']]]]";
		assertThat(frames("[38,[[2,[1,2]]," + addString + "]]")).containsExactly(1, 1);
		assertThat(frames("[64,[" + addString + ",1]]")).containsExactly(0, 1);
	}

	@Test
	void aMissingDatabaseMarksTheDbTerm() {
		assertThat(this.reql.error("[15,[[14,['missing']],'x']]").getMessage())
			.isEqualTo("Database `missing` does not exist.");
		assertThat(frames("[15,[[14,['missing']],'x']]")).containsExactly(0);
		assertThat(frames("[62,[[14,['missing']]]]")).containsExactly(0);
		assertThat(frames("[15,['missing']]")).isEmpty();
	}

	@Test
	void anUnknownReadModeMarksTheTableTerm() {
		assertThat(frames("[15,['x'],{'read_mode':'fast'}]")).isEmpty();
	}

}
