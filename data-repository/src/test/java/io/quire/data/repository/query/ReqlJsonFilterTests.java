package io.quire.data.repository.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quire.data.core.convert.MappingQuireConverter;
import io.quire.data.core.mapping.QuireMappingContext;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReqlJsonFilterTests {

	private final MappingQuireConverter converter = new MappingQuireConverter(new QuireMappingContext());

	@Test
	void placeholdersOutsideStringsBecomeMarkedStrings() {
		assertThat(ReqlJsonFilter.quotePlaceholders("{\"a\": ?0, \"b\": \"?1 stays\", \"c\": [?12]}"))
			.isEqualTo("{\"a\": \"\\u0000?0\", \"b\": \"?1 stays\", \"c\": [\"\\u0000?12\"]}");
	}

	@Test
	void escapedQuotesDoNotEndAString() {
		assertThat(ReqlJsonFilter.quotePlaceholders("{\"a\\\"?0\": ?0}")).isEqualTo("{\"a\\\"?0\": \"\\u0000?0\"}");
	}

	@Test
	void objectFilterBindsConvertedArguments() {
		ReqlJsonFilter filter = new ReqlJsonFilter("{\"name\": ?0, \"born\": \"?1\", \"tags\": ?2}");
		String json = filter.bind(new Object[] { "Ada", LocalDate.of(1815, 12, 10), List.of("x") }, this.converter)
			.toJson();
		assertThat(json).isEqualTo("{\"name\":\"Ada\",\"born\":" + timeJson() + ",\"tags\":[2,[\"x\"]]}");
	}

	@Test
	void termsKeepTheirTypeArgumentsAndOptionalArguments() {
		ReqlJsonFilter filter = new ReqlJsonFilter(
				"[39, [[15, [\"t\"]], [21, [[170, [[13], \"age\"]], ?0]]], {\"default\": true}]");
		assertThat(filter.bind(new Object[] { 30 }, this.converter).toJson())
			.isEqualTo("[39,[[15,[\"t\"]],[21,[[170,[[13,[]],\"age\"]],30]]],{\"default\":true}]");
	}

	@Test
	void invalidJsonIsRejected() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> new ReqlJsonFilter("{\"a\": }"))
			.withMessageContaining("not valid JSON");
	}

	@Test
	void unknownTermNumberIsRejected() {
		ReqlJsonFilter filter = new ReqlJsonFilter("[9999, []]");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> filter.bind(new Object[0], this.converter))
			.withMessageContaining("no ReQL term 9999");
	}

	@Test
	void placeholderWithoutArgumentIsRejected() {
		ReqlJsonFilter filter = new ReqlJsonFilter("{\"a\": ?1}");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> filter.bind(new Object[1], this.converter))
			.withMessageContaining("?1 has no matching method argument");
	}

	private String timeJson() {
		OffsetDateTime midnight = LocalDate.of(1815, 12, 10).atStartOfDay().atOffset(ZoneOffset.UTC);
		return io.quire.driver.Quire.r.expr(midnight).toJson();
	}

}
