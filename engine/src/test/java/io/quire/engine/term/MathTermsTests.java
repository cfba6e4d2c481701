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

	@Test
	void bitwiseTermsTakeIntegersBelowTwoToThe53() {
		assertThat(this.reql.error("[191,[9007199254740992,0]]").getMessage())
			.isEqualTo("Integer too large: 9007199254740992");
		assertThat(this.reql.error("[191,[9007199254740994,0]]").getMessage())
			.isEqualTo("Number not an integer (>2^53): 9007199254740994");
		assertThat(this.reql.json("[194,[9007199254740991]]")).isEqualTo("-9007199254740992");
		assertThat(this.reql.json("[192,[9007199254740991,-1]]")).isEqualTo("-1");
	}

	@Test
	void shiftsFollowArithmeticRulesForAnyCount() {
		assertThat(this.reql.json("[195,[-1,54]]")).isEqualTo("-18014398509481984");
		assertThat(this.reql.json("[195,[0,999999]]")).isEqualTo("0");
		assertThat(this.reql.json("[196,[-9007199254740992,54]]")).isEqualTo("-1");
		assertThat(this.reql.json("[196,[9007199254740991,53]]")).isEqualTo("0");
		assertThat(this.reql.error("[195,[5,-1]]").getMessage()).isEqualTo("Cannot bit-shift by a negative value");
		assertThat(this.reql.error("[196,[5,-1]]").getMessage()).isEqualTo("Cannot bit-shift by a negative value");
		assertThat(this.reql.error("[195,[1,5000]]").getMessage()).isEqualTo("Non-finite number: inf");
	}

	@Test
	void randomIntegerBoundsMustBeExactIntegers() {
		assertThat(this.reql.error("[151,[0.25]]").getMessage())
			.isEqualTo("Upper bound (0.25) could not be safely converted to an integer.");
		assertThat(this.reql.error("[151,[-6.5,8]]").getMessage())
			.isEqualTo("Lower bound (-6.5) could not be safely converted to an integer.");
		assertThat(this.reql.error("[151,[0.1]]").getMessage())
			.isEqualTo("Upper bound (0.10000000000000000555) could not be safely converted to an integer.");
		assertThat(this.reql.error("[151,[],{'float':false}]").getMessage())
			.isEqualTo("Generating a random integer requires one or two bounds.");
		assertThat(this.reql.error("[151,[-10]]").getMessage())
			.isEqualTo("Lower bound (0) is not less than upper bound (-10).");
	}

	@Test
	void randomWithFloatTrueAcceptsFractionalBounds() {
		for (int i = 0; i < 20; i++) {
			assertThat((Double) this.reql.value("[151,[0.5,0.75],{'float':true}]")).isBetween(0.5, 0.75);
			assertThat((Double) this.reql.value("[151,[-2.5],{'float':true}]")).isBetween(-2.5, 0.0);
		}
	}

}
