package io.quire.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TermTypeTests {

	@Test
	void ofShouldFindEveryTermTypeByItsNumber() {
		for (TermType type : TermType.values()) {
			assertThat(TermType.of(type.value())).isSameAs(type);
		}
	}

	@Test
	void numbersShouldMatchTheWireProtocol() {
		assertThat(TermType.DATUM.value()).isEqualTo(1);
		assertThat(TermType.MAKE_ARRAY.value()).isEqualTo(2);
		assertThat(TermType.IMPLICIT_VAR.value()).isEqualTo(13);
		assertThat(TermType.FUNCALL.value()).isEqualTo(64);
		assertThat(TermType.FUNC.value()).isEqualTo(69);
		assertThat(TermType.SUNDAY.value()).isEqualTo(113);
		assertThat(TermType.DECEMBER.value()).isEqualTo(125);
		assertThat(TermType.BRACKET.value()).isEqualTo(170);
		assertThat(TermType.BETWEEN.value()).isEqualTo(182);
		assertThat(TermType.BIT_SAR.value()).isEqualTo(196);
	}

	@Test
	void everyNumberShouldBeUsedOnce() {
		assertThat(TermType.values()).extracting(TermType::value).doesNotHaveDuplicates();
		assertThat(TermType.values()).hasSize(186);
	}

	@Test
	void ofShouldRejectUnknownNumbers() {
		for (int unknown : new int[] { 0, 4, 46, 63, 178, 197, -1, Integer.MAX_VALUE, Integer.MIN_VALUE }) {
			assertThatIllegalArgumentException().isThrownBy(() -> TermType.of(unknown))
				.withMessage("Unrecognized TermType: " + unknown + ".");
		}
	}

}
