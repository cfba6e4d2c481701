package io.quire.driver;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeTests {

	private static Change<Object> change(Map<String, Object> row) {
		return Change.of(row, Function.identity());
	}

	private static Map<String, Object> row(Object... entries) {
		Map<String, Object> row = new HashMap<>();
		for (int i = 0; i < entries.length; i += 2) {
			row.put((String) entries[i], entries[i + 1]);
		}
		return row;
	}

	@Test
	void typeShouldBeInferredFromTheRowsShapeWithoutIncludeTypes() {
		assertThat(change(row("old_val", null, "new_val", Map.of("id", 1))).type()).isEqualTo(ChangeType.ADD);
		assertThat(change(row("old_val", Map.of("id", 1), "new_val", null)).type()).isEqualTo(ChangeType.REMOVE);
		assertThat(change(row("old_val", Map.of("id", 1), "new_val", Map.of("id", 1, "a", 2))).type())
			.isEqualTo(ChangeType.CHANGE);
		assertThat(change(row("new_val", Map.of("id", 1))).type()).isEqualTo(ChangeType.INITIAL);
		assertThat(change(row("old_val", Map.of("id", 1))).type()).isEqualTo(ChangeType.UNINITIAL);
		assertThat(change(row("state", "ready")).type()).isEqualTo(ChangeType.STATE);
		assertThat(change(row("error", "Changefeed cache over array size limit, skipped 3 elements.")).error())
			.endsWith("skipped 3 elements.");
	}

	@Test
	void theServersTypeAndOffsetsShouldWin() {
		Change<Object> change = change(row("type", "change", "old_val", Map.of("id", 1), "new_val", Map.of("id", 2),
				"old_offset", 3.0, "new_offset", 0.0));
		assertThat(change.type()).isEqualTo(ChangeType.CHANGE);
		assertThat(change.oldOffset()).isEqualTo(3L);
		assertThat(change.newOffset()).isZero();
	}

	@Test
	void mapShouldMapBothDocumentsAndKeepTheRest() {
		Change<Object> change = change(row("type", "state", "state", "ready"));
		assertThat(change.map(Object::toString)).isEqualTo(Change.of(row("state", "ready"), Object::toString));
		Change<String> mapped = change(row("old_val", Map.of("id", 1), "new_val", Map.of("id", 2))).map((m) -> "doc");
		assertThat(mapped.oldValue()).isEqualTo("doc");
		assertThat(mapped.newValue()).isEqualTo("doc");
		assertThat(mapped.isDocument()).isTrue();
	}

	@Test
	void aRowThatIsNotAnObjectShouldBeAProtocolError() {
		assertThatThrownBy(() -> Change.of("nope", Function.identity())).isInstanceOf(QuireProtocolException.class);
	}

	@Test
	void changesShouldBuildTheTermWithItsOptionsAndLimit() {
		String json = r.table("t").changes().includeInitial(true).squash(Duration.ofMillis(1500)).limit(2).toString();
		assertThat(json).isEqualTo("[71,[[152,[[15,[\"t\"]]],{\"include_initial\":true,\"squash\":1.5}],2]]");
		assertThatIllegalArgumentException().isThrownBy(() -> r.table("t").changes().squash(Duration.ZERO));
	}

}
