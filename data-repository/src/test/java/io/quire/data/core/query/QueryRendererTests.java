package io.quire.data.core.query;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quire.data.core.convert.MappingQuireConverter;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.test.Person;
import io.quire.driver.query.Table;

import org.springframework.data.domain.Sort;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which ReQL a query becomes, without a server.
 */
class QueryRendererTests {

	private static final Table PEOPLE = r.table("people");

	private final QuireMappingContext context = new QuireMappingContext();

	private final QueryRenderer renderer = new QueryRenderer(new MappingQuireConverter(this.context));

	private final QuirePersistentEntity<?> person = this.context.getRequiredPersistentEntity(Person.class);

	@Test
	void noCriteriaReadsTheTable() {
		assertThat(select(null)).isEqualTo("[15,[\"people\"]]");
	}

	@Test
	void primaryKeyBeatsSecondaryIndex() {
		Criteria criteria = Criteria.where("email").is("a@b.c").and(Criteria.where("id").is("p-1"));
		assertThat(select(criteria)).startsWith("[39,[[78,[[15,[\"people\"]],\"p-1\"]]");
	}

	@Test
	void secondaryIndexNamesTheIndex() {
		assertThat(select(Criteria.where("address.city").in(List.of("Oslo", "Rome"))))
			.isEqualTo("[78,[[15,[\"people\"]],\"Oslo\",\"Rome\"],{\"index\":\"home_city\"}]");
	}

	@Test
	void ignoringCaseOrAlternativesCannotUseAnIndex() {
		assertThat(select(Criteria.where("email").is("A@B.C").ignoringCase())).startsWith("[39,[[15,[\"people\"]]");
		assertThat(select(Criteria.where("email").is("a").or(Criteria.where("age").is(3))))
			.startsWith("[39,[[15,[\"people\"]]");
		assertThat(select(Criteria.where("email").in(List.of()))).startsWith("[39,[[15,[\"people\"]]");
	}

	@Test
	void fieldNamesComeFromTheMapping() {
		assertThat(select(Criteria.where("address.street").is("Main"))).contains("\"home\"]]").contains("\"street\"");
	}

	@Test
	void findAppliesProjectionSortSkipAndLimitInThatOrder() {
		QuireQuery query = QuireQuery.query(Criteria.where("age").greaterThan(3))
			.fields(java.util.Set.of("lastname"))
			.distinct()
			.with(Sort.by("lastname"))
			.skip(4)
			.limit(2);
		String json = this.renderer.find(PEOPLE, this.person, query).toJson();
		assertThat(json).startsWith("[71,[[70,[[41,[[42,[[33,[[39,");
		assertThat(json).endsWith(",4]],2]]");
	}

	private String select(Criteria criteria) {
		return this.renderer.select(PEOPLE, this.person, criteria).toJson();
	}

}
