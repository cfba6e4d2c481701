package io.quire.data.core.convert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quire.data.core.mapping.Field;
import io.quire.data.core.mapping.QuireMappingContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class MappingQuireConverterTests {

	private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));

	private final MappingQuireConverter converter = new MappingQuireConverter(new QuireMappingContext());

	@Test
	void writesSimplePropertiesRenamedFieldsAndLeavesOutNulls() {
		Member member = new Member();
		member.name = "Ada";
		member.age = 36;
		Map<String, Object> document = this.converter.toDocument(member);
		assertThat(document).containsOnly(entry("full_name", "Ada"), entry("age", 36), entry("active", false));
	}

	@Test
	void writesNestedObjectsCollectionsEnumsAndTimes() {
		Member member = sampleMember();
		Map<String, Object> document = this.converter.toDocument(member);
		assertThat(document).containsEntry("id", "m-1")
			.containsEntry("role", "ADMIN")
			.containsEntry("tags", List.of("a", "b"))
			.containsEntry("joined", NOON)
			.containsEntry("birthday", OffsetDateTime.of(1990, 5, 17, 0, 0, 0, 0, ZoneOffset.UTC))
			.containsEntry("balance", "12.50")
			.containsEntry("token", "00000000-0000-0000-0000-000000000001")
			.containsEntry("home", Map.of("city", "Paris", "zip", 75001))
			.containsEntry("previous", List.of(Map.of("city", "Lyon", "zip", 69001)));
		assertThat(document.get("scores")).isEqualTo(Map.of("math", 9, "art", 7));
	}

	@Test
	void readsWhatItWrote() {
		Member member = sampleMember();
		Member read = this.converter.read(Member.class, this.converter.toDocument(member));
		assertThat(read).usingRecursiveComparison().isEqualTo(member);
	}

	@Test
	void readsNumbersIntoDeclaredTypesAndTimesFromPseudoTypeDocuments() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("id", "m-2");
		document.put("age", 41L);
		document.put("lastSeen", Map.of("$reql_type$", "TIME", "epoch_time", 1.7e9, "timezone", "+01:00"));
		document.put("joined", Map.of("$reql_type$", "TIME", "epoch_time", 1.7e9 + 0.25, "timezone", "-05:00"));
		Member read = this.converter.read(Member.class, document);
		assertThat(read.age).isEqualTo(41);
		assertThat(read.lastSeen).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
		assertThat(read.joined)
			.isEqualTo(OffsetDateTime.of(2023, 11, 14, 17, 13, 20, 250_000_000, ZoneOffset.ofHours(-5)));
	}

	@Test
	void readsImmutableRecordsThroughTheirConstructor() {
		Map<String, Object> document = Map.of("id", "c-1", "title", "Dune", "pages", 412, "tags", List.of("sf"));
		Book book = this.converter.read(Book.class, document);
		assertThat(book).isEqualTo(new Book("c-1", "Dune", 412, Set.of("sf"), null));
	}

	@Test
	void missingPrimitiveConstructorArgumentsGetTheirDefault() {
		Book book = this.converter.read(Book.class, Map.of("id", "c-2"));
		assertThat(book.pages()).isZero();
		assertThat(book.title()).isNull();
	}

	@Test
	void convertsQueryValuesToTheirStoredForm() {
		assertThat(this.converter.toQuireValue(Role.USER)).isEqualTo("USER");
		assertThat(this.converter.toQuireValue(LocalDateTime.of(2026, 1, 2, 3, 4)))
			.isEqualTo(OffsetDateTime.of(2026, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC));
		assertThat(this.converter.toQuireValue(List.of(Role.USER, Role.ADMIN))).isEqualTo(List.of("USER", "ADMIN"));
		assertThat(this.converter.toQuireValue(new Address("Oslo", 150))).isEqualTo(Map.of("city", "Oslo", "zip", 150));
		assertThat(this.converter.toQuireValue(null)).isNull();
	}

	@Test
	void convertsStoredValuesBackToTheRequestedType() {
		assertThat(this.converter.fromQuireValue("ADMIN", Role.class)).isEqualTo(Role.ADMIN);
		assertThat(this.converter.fromQuireValue(3, Long.class)).isEqualTo(3L);
		assertThat(this.converter.fromQuireValue("00000000-0000-0000-0000-000000000002", UUID.class))
			.isEqualTo(new UUID(0, 2));
		assertThat(this.converter.fromQuireValue(NOON, LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void writesAndReadsBinaryAndEnumSets() {
		Member member = new Member();
		member.avatar = new byte[] { 1, 2, 3 };
		member.roles = EnumSet.of(Role.USER);
		Map<String, Object> document = this.converter.toDocument(member);
		assertThat(document).containsEntry("roles", List.of("USER"));
		Member read = this.converter.read(Member.class, document);
		assertThat(read.avatar).containsExactly(1, 2, 3);
		assertThat(read.roles).containsExactly(Role.USER);
	}

	private static Member sampleMember() {
		Member member = new Member();
		member.id = "m-1";
		member.name = "Grace";
		member.age = 85;
		member.active = true;
		member.role = Role.ADMIN;
		member.tags = List.of("a", "b");
		member.joined = NOON;
		member.lastSeen = Instant.parse("2026-03-01T10:00:00.123Z");
		member.birthday = LocalDate.of(1990, 5, 17);
		member.balance = new BigDecimal("12.50");
		member.token = new UUID(0, 1);
		member.home = new Address("Paris", 75001);
		member.previous = List.of(new Address("Lyon", 69001));
		member.scores = new LinkedHashMap<>(Map.of("math", 9, "art", 7));
		return member;
	}

	enum Role {

		USER, ADMIN

	}

	static class Member {

		String id;

		@Field("full_name")
		String name;

		int age;

		boolean active;

		Role role;

		Set<Role> roles;

		List<String> tags;

		OffsetDateTime joined;

		Instant lastSeen;

		LocalDate birthday;

		BigDecimal balance;

		UUID token;

		Address home;

		List<Address> previous;

		Map<String, Integer> scores;

		byte[] avatar;

	}

	record Address(String city, int zip) {
	}

	record Book(String id, String title, int pages, Set<String> tags, Address shop) {
	}

}
