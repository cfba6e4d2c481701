package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MathTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@Test
	void addHandlesNumbersStringsArraysAndTimes() {
		assertThat(this.reql.json("[24,[1,2,3.5]]")).isEqualTo("6.5");
		assertThat(this.reql.json("[24,['a','b']]")).isEqualTo("\"ab\"");
		assertThat(this.reql.json("[24,[[2,[1]],[2,[2]]]]")).isEqualTo("[1,2]");
		assertThat(this.reql.json("[102,[[24,[[101,[10]],5]]]]")).isEqualTo("15");
	}

	@Test
	void subMulDivMod() {
		assertThat(this.reql.json("[25,[10,1,2]]")).isEqualTo("7");
		assertThat(this.reql.json("[26,[2,3]]")).isEqualTo("6");
		assertThat(this.reql.json("[26,[[2,[1,2]],2]]")).isEqualTo("[1,2,1,2]");
		assertThat(this.reql.json("[27,[1,4]]")).isEqualTo("0.25");
		assertThat(this.reql.json("[28,[-7,3]]")).isEqualTo("-1");
		assertThat(this.reql.json("[25,[[101,[10]],[101,[4]]]]")).isEqualTo("6");
	}

	@Test
	void divisionByZeroIsAnError() {
		assertThat(this.reql.error("[27,[1,0]]").getMessage()).isEqualTo("Cannot divide by zero.");
		assertThat(this.reql.error("[28,[1,0]]").getMessage()).isEqualTo("Cannot take a number modulo 0.");
		assertThat(this.reql.error("[28,[1.5,1]]").getMessage()).isEqualTo("Number not an integer: 1.5");
	}

	@Test
	void rounding() {
		assertThat(this.reql.json("[2,[[183,[1.5]],[184,[1.2]],[185,[2.5]],[185,[-2.5]]]]")).isEqualTo("[1,2,3,-3]");
	}

	@Test
	void randomStaysInRange() {
		for (int i = 0; i < 20; i++) {
			double value = (Double) this.reql.value("[151,[3,5]]");
			assertThat(value).isBetween(3.0, 4.0);
		}
	}

	@Test
	void bitOperations() {
		assertThat(this.reql.json("[2,[[191,[12,10]],[192,[12,10]],[193,[12,10]],[195,[1,4]],[194,[0]]]]"))
			.isEqualTo("[8,14,6,16,-1]");
	}

}
