package io.quire.engine.index;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PrimaryKeyRulesTests {

	private static String refusal(Object key) {
		QueryException[] caught = new QueryException[1];
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> KeyEncoding.encodePrimaryKey(key))
			.satisfies((ex) -> caught[0] = ex);
		return caught[0].getMessage();
	}

	@Test
	void stringsWithANulByteShouldBeRefusedAlsoInsideArrays() {
		assertThat(refusal("a\u0000b"))
			.isEqualTo("String \"a\\x00b\" (truncated) contains NULL byte at offset 1 in index key.");
		assertThat(refusal(List.of("embedded", List.of("null\u0000"))))
			.isEqualTo("String \"null\\x00\" (truncated) contains NULL byte at offset 4 in index key.");
		assertThat(refusal("\u00e9\"quoted\" and a long tail\u0000")).isEqualTo(
				"String \"\\xc3\\xa9\\\"quoted\\\" and a lon\" (truncated) contains NULL byte at offset 26 in index key.");
	}

	@Test
	void geometryAndUnknownPseudoTypesShouldBeRefused() {
		assertThat(refusal(Map.of("$reql_type$", "GEOMETRY", "type", "Point", "coordinates", List.of(0.0, 0.0))))
			.isEqualTo("Cannot use a geometry value as a key value in a primary or non-geospatial secondary index.");
		assertThat(refusal(Map.of("$reql_type$", "LITERAL", "value", 1.0)))
			.isEqualTo("Cannot use pseudotype PTYPE<LITERAL> as a primary or secondary key value .");
	}

	@Test
	void arraysHoldingNullOrObjectsShouldBeRefused() {
		assertThat(refusal(Collections.singletonList(null))).isEqualTo(
				"Array keys can only contain numbers, strings, bools,  pseudotypes, or arrays (got null of type NULL).");
		assertThat(refusal(List.of(1.0, Map.of("a", 1.0))))
			.startsWith("Array keys can only contain numbers, strings, bools,  pseudotypes, or arrays (got {");
	}

	@Test
	void keysShouldBeMeasuredInRethinkDbsStoredForm() {
		assertThatNoException().isThrownBy(() -> KeyEncoding.encodePrimaryKey("a".repeat(127)));
		assertThat(refusal("a".repeat(128))).startsWith("Primary key too long (max 127 characters): \"aaa");
		// Each 0.1 is stored as N, 16 hex digits, # and 0.10000000000000000555: 40 bytes
		// and a separator; three fit in 128, four do not.
		assertThatNoException().isThrownBy(() -> KeyEncoding.encodePrimaryKey(List.of(0.1, 0.1, 0.1)));
		assertThat(refusal(List.of(0.1, 0.1, 0.1, 0.1)))
			.isEqualTo("Primary key too long (max 127 characters): [0.1,0.1,0.1,0.1]");
	}

	@Test
	void timesAndBinariesShouldBeKeys() {
		assertThatNoException().isThrownBy(() -> KeyEncoding
			.encodePrimaryKey(Map.of("$reql_type$", "TIME", "epoch_time", 1.5, "timezone", "+00:00")));
		assertThatNoException()
			.isThrownBy(() -> KeyEncoding.encodePrimaryKey(Map.of("$reql_type$", "BINARY", "data", "AAE=")));
	}

	@Test
	void numbersShouldPrintAsCDoes() {
		assertThat(PrimaryKeyRules.printedLength(1)).isEqualTo(1);
		assertThat(PrimaryKeyRules.printedLength(-1.5)).isEqualTo(4);
		assertThat(PrimaryKeyRules.printedLength(0.1)).as("0.10000000000000000555").isEqualTo(22);
		assertThat(PrimaryKeyRules.printedLength(1e21)).as("1e+21").isEqualTo(5);
		assertThat(PrimaryKeyRules.printedLength(1e-5)).as("1.0000000000000000818e-05").isEqualTo(25);
		assertThat(PrimaryKeyRules.printedLength(123456)).isEqualTo(6);
	}

}
