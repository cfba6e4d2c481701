package io.quire.driver.internal;

import java.util.Map;

import io.quire.protocol.TermType;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

class ReadOnlyQueriesTests {

	@Test
	void readsAndComputationsShouldBeReadOnly() {
		assertThat(ReadOnlyQueries.isReadOnly(r.table("t").filter((row) -> row.g("a").gt(1)).count())).isTrue();
		assertThat(ReadOnlyQueries.isReadOnly(r.table("t").get("id"))).isTrue();
		assertThat(ReadOnlyQueries.isReadOnly(r.expr(Map.of("a", 1)))).isTrue();
	}

	@Test
	void aWriteAnywhereInTheQueryShouldMakeItNotReadOnly() {
		assertThat(ReadOnlyQueries.isReadOnly(r.table("t").insert(Map.of("a", 1)))).isFalse();
		assertThat(ReadOnlyQueries.isReadOnly(r.expr(1).do_((x) -> r.table("t").insert(Map.of("a", x))))).isFalse();
		assertThat(ReadOnlyQueries.isReadOnly(r.table("t").get("id").update(Map.of("a", 2)))).isFalse();
	}

	@Test
	void catalogChangesFeedsAndHttpShouldNotBeReadOnly() {
		assertThat(ReadOnlyQueries.isReadOnly(r.dbCreate("d"))).isFalse();
		assertThat(ReadOnlyQueries.isReadOnly(r.table("t").changes().term())).isFalse();
		assertThat(ReadOnlyQueries.isReadOnly(r.term(TermType.HTTP, "http://127.0.0.1/"))).isFalse();
	}

}
