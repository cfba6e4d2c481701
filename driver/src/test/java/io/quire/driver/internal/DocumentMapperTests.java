package io.quire.driver.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.quire.driver.QuireMappingException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentMapperTests {

	private static final Map<String, Object> TIME = Map.of("$reql_type$", "TIME", "epoch_time", 1714557600.5,
			"timezone", "+02:00");

	private static final Map<String, Object> BINARY = Map.of("$reql_type$", "BINARY", "data", "AQID");

	private final DocumentMapper mapper = DocumentMapper.shared();

	@Test
	void timesShouldKeepTheirZoneWhenTimeZoneAware() {
		Object value = this.mapper.map(Map.of("at", TIME), this.mapper.type(Object.class), true);
		assertThat(value)
			.isEqualTo(Map.of("at", OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 500_000_000, ZoneOffset.ofHours(2))));
	}

	@Test
	void timesShouldBeInstantsWhenNotTimeZoneAware() {
		Object value = this.mapper.map(List.of(TIME), this.mapper.type(Object.class), false);
		assertThat(value).isEqualTo(List.of(Instant.parse("2024-05-01T10:00:00.500Z")));
	}

	@Test
	void binariesShouldBeByteArrays() {
		Object value = this.mapper.map(BINARY, this.mapper.type(Object.class), true);
		assertThat(value).isEqualTo(new byte[] { 1, 2, 3 });
	}

	record Event(String name, OffsetDateTime at, Instant seen, byte[] payload, long count) {
	}

	@Test
	void userClassesShouldGetTimesAndBytesByFieldType() {
		Map<String, Object> document = Map.of("name", "launch", "at", TIME, "seen", TIME, "payload", BINARY, "count",
				3L, "extra", "ignored");
		Event event = this.mapper.map(document, this.mapper.type(Event.class), false);
		assertThat(event.at()).isEqualTo(OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 500_000_000, ZoneOffset.ofHours(2)));
		assertThat(event.at().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(event.seen()).isEqualTo(Instant.parse("2024-05-01T10:00:00.500Z"));
		assertThat(event.payload()).containsExactly(1, 2, 3);
		assertThat(event.count()).isEqualTo(3);
	}

	@Test
	void userClassesShouldBecomeDocumentsWithPseudoTypes() {
		Event event = new Event("e", OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)),
				Instant.ofEpochSecond(1), new byte[] { 1, 2, 3 }, 1);
		@SuppressWarnings("unchecked")
		Map<String, Object> document = (Map<String, Object>) this.mapper.toPlain(event);
		assertThat(document.get("at"))
			.isEqualTo(Map.of("$reql_type$", "TIME", "epoch_time", 1714557600L, "timezone", "+02:00"));
		assertThat(document.get("payload")).isEqualTo(BINARY);
	}

	@Test
	void typedContainersShouldMapTheirElements() {
		List<Event> events = this.mapper.map(List.of(Map.of("name", "a", "at", TIME, "seen", TIME, "payload", BINARY)),
				this.mapper.type(new TypeReference<List<Event>>() {
				}.getType()), true);
		assertThat(events).singleElement().extracting(Event::name).isEqualTo("a");
	}

	@Test
	void jsonNodesShouldKeepPseudoTypesAsObjects() {
		JsonNode node = this.mapper.map(Map.of("at", TIME), this.mapper.type(JsonNode.class), true);
		assertThat(node.get("at").get("timezone").asString()).isEqualTo("+02:00");
	}

	@Test
	void valuesThatDoNotFitShouldRaiseAMappingException() {
		assertThatExceptionOfType(QuireMappingException.class)
			.isThrownBy(() -> this.mapper.map("text", this.mapper.type(Event.class), true))
			.withMessageContaining("Event");
	}

}
