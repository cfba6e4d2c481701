package io.quire.tools.data;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTests {

	@Test
	void everyValueComesBackAsItWasWritten() {
		List<Object> values = List.of("plain", "", "123", "true", "null", "\"quoted\"", "[x", "Zoë 日本", 42, -1.5, true,
				List.of(1, "a"), Map.of("$reql_type$", "TIME", "epoch_time", 1.5, "timezone", "+01:00"));
		for (Object value : values) {
			JsonNode node = Json.mapper().valueToTree(value);
			Object back = CsvCells.fromCell(CsvCells.toCell(node), true);
			assertThat(Json.mapper().valueToTree(back).toString()).as(String.valueOf(value)).isEqualTo(node.toString());
		}
	}

	@Test
	void emptyCellIsNoFieldAndStringsModeKeepsText() {
		assertThat(CsvCells.fromCell("", true)).isSameAs(CsvCells.ABSENT);
		assertThat(CsvCells.fromCell("12", false)).isEqualTo("12");
		assertThat(CsvCells.fromCell("02134", true)).isEqualTo("02134");
		assertThat(CsvCells.toCell(null)).isEmpty();
	}

}
