package io.quire.bench;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class KeySpaceTests {

	private static final int RECORDS = 1000;

	private static final int DRAWS = 100_000;

	@Test
	void zipfianKeysStayAmongTheLoadedRecordsAndFavourAFewHotOnes() {
		Map<String, Integer> counts = draw(new KeySpace(RECORDS, KeyDistribution.ZIPFIAN));
		assertThat(counts.keySet()).allSatisfy((key) -> assertThat(number(key)).isBetween(0L, RECORDS - 1L));
		int hottest = counts.values().stream().max(Integer::compare).orElseThrow();
		// Uniform draws would give each record about 100 hits; Zipfian 0.99 gives the
		// hottest several thousand.
		assertThat(hottest).isGreaterThan(10 * DRAWS / RECORDS);
	}

	@Test
	void uniformKeysReachEveryRecordAboutEqually() {
		Map<String, Integer> counts = draw(new KeySpace(RECORDS, KeyDistribution.UNIFORM));
		assertThat(counts).hasSize(RECORDS);
		assertThat(counts.values()).allSatisfy((count) -> assertThat(count).isBetween(30, 300));
	}

	@Test
	void keysInsertedBeforeMarkLoadedBecomeReadable() {
		KeySpace keys = new KeySpace(0, KeyDistribution.ZIPFIAN);
		assertThatIllegalStateException().isThrownBy(keys::existingKey);
		assertThat(keys.freshKey()).isEqualTo("user0");
		assertThat(keys.freshKey()).isEqualTo("user1");
		keys.markLoaded();
		assertThat(keys.loaded()).isEqualTo(2);
		assertThat(keys.existingKey()).isIn("user0", "user1");
		assertThat(keys.freshKey()).isEqualTo("user2");
	}

	private static Map<String, Integer> draw(KeySpace keys) {
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i < DRAWS; i++) {
			counts.merge(keys.existingKey(), 1, Integer::sum);
		}
		return counts;
	}

	private static long number(String key) {
		return Long.parseLong(key.substring("user".length()));
	}

}
