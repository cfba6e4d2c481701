package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@Test
	void comparisonsChainOverManyArguments() {
		assertThat(this.reql.value("[19,[1,2,3]]")).isEqualTo(true);
		assertThat(this.reql.value("[19,[1,3,2]]")).isEqualTo(false);
		assertThat(this.reql.value("[17,[1,1,1]]")).isEqualTo(true);
		assertThat(this.reql.value("[18,[1,2]]")).isEqualTo(true);
		assertThat(this.reql.value("[22,[3,3,1]]")).isEqualTo(true);
		assertThat(this.reql.value("[20,[1,1,0]]")).isEqualTo(false);
	}

	@Test
	void comparisonsWorkAcrossTypes() {
		assertThat(this.reql.value("[19,[[2,[]],true,null,1,{},'a']]")).isEqualTo(true);
		assertThat(this.reql.value("[21,['a',[99,['2000-01-01T00:00:00Z']]]]")).isEqualTo(true);
	}

	@Test
	void equalityIsDeep() {
		assertThat(this.reql.value("[17,[{'a':[2,[1,{'b':2}]]},{'a':[2,[1,{'b':2}]]}]]")).isEqualTo(true);
	}

	@Test
	void logicReturnsTheDecidingValue() {
		assertThat(this.reql.value("[67,[1,'x']]")).isEqualTo("x");
		assertThat(this.reql.value("[67,[1,null,[12,['never']]]]")).isNull();
		assertThat(this.reql.value("[66,[false,2]]")).isEqualTo(2.0);
		assertThat(this.reql.value("[66,[]]")).isEqualTo(false);
		assertThat(this.reql.value("[67,[]]")).isEqualTo(true);
		assertThat(this.reql.value("[23,[null]]")).isEqualTo(true);
		assertThat(this.reql.value("[23,[0]]")).isEqualTo(false);
	}

}
