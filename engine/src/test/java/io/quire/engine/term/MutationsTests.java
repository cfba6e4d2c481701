package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a document must not hold to be stored, found in one walk. */
class MutationsTests {

	private static final String LARGE = "Array too large for disk writes (limit 100,000 elements).";

	@Test
	void storageRefusalShouldBeNullForPlainDocuments() {
		assertThat(Mutations.storageRefusal(Map.of("id", "a", "n", 1.0, "tags", List.of("x", Map.of("y", true)))))
			.isNull();
	}

	@Test
	void storageRefusalShouldNameALargeArrayAtAnyDepth() {
		Map<String, Object> document = Map.of("id", "a", "nested", Map.of("list", List.of(List.of(large()))));
		assertThat(Mutations.storageRefusal(document)).isEqualTo(LARGE);
	}

	@Test
	void storageRefusalShouldAllowAnArrayOfExactlyTheLimit() {
		List<Object> limit = new ArrayList<>(Collections.nCopies(100_000, "x"));
		assertThat(Mutations.storageRefusal(Map.of("id", "a", "list", limit))).isNull();
	}

	@Test
	void storageRefusalShouldPreferAnExtremumFoundAfterALargeArray() {
		List<Object> list = large();
		list.add(Extremum.MINVAL);
		assertThat(Mutations.storageRefusal(Map.of("id", "a", "list", list))).isEqualTo(Mutations.EXTREMUM_WRITE);
		assertThat(Mutations.storageRefusal(Map.of("id", "a", "z", Map.of("max", Extremum.MAXVAL))))
			.isEqualTo(Mutations.EXTREMUM_WRITE);
	}

	private static List<Object> large() {
		return new ArrayList<>(Collections.nCopies(100_001, 1.0));
	}

}
