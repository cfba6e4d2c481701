package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArrayTermsTests {

	private final ReqlTester reql = new ReqlTester();

	private static final String ARRAY = "[2,[1,2,3]]";

	@Test
	void appendPrependAndPositionalEdits() {
		assertThat(this.reql.json("[29,[" + ARRAY + ",4]]")).isEqualTo("[1,2,3,4]");
		assertThat(this.reql.json("[80,[" + ARRAY + ",0]]")).isEqualTo("[0,1,2,3]");
		assertThat(this.reql.json("[82,[" + ARRAY + ",1,9]]")).isEqualTo("[1,9,2,3]");
		assertThat(this.reql.json("[82,[" + ARRAY + ",-1,9]]")).isEqualTo("[1,2,3,9]");
		assertThat(this.reql.json("[85,[" + ARRAY + ",1,[2,[8,9]]]]")).isEqualTo("[1,8,9,2,3]");
		assertThat(this.reql.json("[84,[" + ARRAY + ",0,7]]")).isEqualTo("[7,2,3]");
		assertThat(this.reql.json("[83,[" + ARRAY + ",-1]]")).isEqualTo("[1,2]");
		assertThat(this.reql.json("[83,[" + ARRAY + ",0,2]]")).isEqualTo("[3]");
	}

	@Test
	void outOfBoundsPositionsFail() {
		assertThat(this.reql.error("[82,[" + ARRAY + ",5,9]]").getMessage())
			.isEqualTo("Index `5` out of bounds for array of size: `3`.");
		assertThat(this.reql.error("[84,[" + ARRAY + ",3,9]]").getMessage())
			.isEqualTo("Index `3` out of bounds for array of size: `3`.");
	}

	@Test
	void differenceAndSets() {
		assertThat(this.reql.json("[95,[[2,[1,2,1,3]],[2,[1]]]]")).isEqualTo("[2,3]");
		assertThat(this.reql.json("[88,[" + ARRAY + ",2]]")).isEqualTo("[1,2,3]");
		assertThat(this.reql.json("[88,[" + ARRAY + ",4]]")).isEqualTo("[1,2,3,4]");
		assertThat(this.reql.json("[90,[[2,[1,1,2]],[2,[2,5]]]]")).isEqualTo("[1,2,5]");
		assertThat(this.reql.json("[89,[[2,[1,1,2]],[2,[1,5]]]]")).isEqualTo("[1]");
		assertThat(this.reql.json("[91,[[2,[1,1,2]],[2,[2]]]]")).isEqualTo("[1]");
	}

	@Test
	void editsRespectArrayLimit() {
		assertThat(this.reql.error("[29,[" + ARRAY + ",4]]", "{'array_limit':3}").getMessage())
			.startsWith("Array over size limit `3`.  To raise the number of allowed elements");
	}

	@Test
	void positionalEditsReportOutOfBoundsIndexesAsRethinkDbDoes() {
		assertThat(this.reql.json("[82,[[2,[1,2,3]],-1,4]]")).isEqualTo("[1,2,3,4]");
		assertThat(this.reql.error("[82,[[2,[1,2,3]],4,5]]").getMessage())
			.isEqualTo("Index `4` out of bounds for array of size: `3`.");
		assertThat(this.reql.error("[82,[[2,[1,2,3]],-5,0]]").getMessage()).isEqualTo("Index out of bounds: -5");
		assertThat(this.reql.error("[83,[[2,[1,2,3,4]],-5]]").getMessage()).isEqualTo("Index out of bounds: -5");
		assertThat(this.reql.error("[84,[[2,[1,2,3]],3,4]]").getMessage())
			.isEqualTo("Index `3` out of bounds for array of size: `3`.");
		assertThat(this.reql.error("[82,[[2,[1,2,3]],null,1]]").errorType()).isEqualTo(ErrorType.NON_EXISTENCE);
	}

	@Test
	void deleteAtRangeMayStartAtTheEndButNotAfterItsEnd() {
		assertThat(this.reql.json("[83,[[2,[1,2,3,4]],4,4]]")).isEqualTo("[1,2,3,4]");
		assertThat(this.reql.json("[83,[[2,[1,2,3,4]],1,-1]]")).isEqualTo("[1,4]");
		assertThat(this.reql.error("[83,[[2,[1,2,3,4]],3,1]]").getMessage())
			.isEqualTo("Start index `3` is greater than end index `1`.");
	}

}
