package io.quire.data.repository;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quire.data.core.QuireTemplate;
import io.quire.data.test.Person;
import io.quire.data.test.PersonRepositoryTestSupport;
import io.quire.data.test.QueryTerms;
import io.quire.data.test.RecordingConnectionFactory;
import io.quire.protocol.TermType;
import tools.jackson.core.type.TypeReference;

import static io.quire.data.repository.DerivedQueryIntegrationTests.firstnames;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Equality on the primary key or an {@code @Indexed} field reads through the index: the
 * ReQL sent to the server, recorded by the connection factory, uses GET / GET_ALL /
 * BETWEEN on the index instead of filtering the whole table.
 */
class IndexUsageIntegrationTests extends PersonRepositoryTestSupport {

	private static RecordingConnectionFactory queries;

	@BeforeAll
	static void findRecordingConnectionFactory() {
		queries = context.getBean(RecordingConnectionFactory.class);
	}

	@BeforeEach
	void forgetQueriesOfTheSetup() {
		queries.clear();
	}

	@Test
	void indexedPropertiesHaveSecondaryIndexesOnTheServer() {
		QuireTemplate template = context.getBean(QuireTemplate.class);
		List<Object> indexes = template.execute((connection) -> template.table(Person.class)
			.indexList()
			.runAtom(connection, new TypeReference<List<Object>>() {
			}));
		assertThat(indexes).contains("email", "home_city", "tags");
	}

	@Test
	void equalityOnIndexedFieldUsesGetAllOnTheIndex() {
		assertThat(repository.findByEmail("grace@example.com").getFirstname()).isEqualTo("Grace");
		QueryTerms query = lastQuery();
		assertThat(termTypes(query)).contains(TermType.GET_ALL).doesNotContain(TermType.FILTER);
		assertThat(optArgs(query, TermType.GET_ALL)).containsEntry("index", "email");
	}

	@Test
	void equalityOnNestedIndexedFieldUsesItsIndexAndFiltersTheRest() {
		assertThat(firstnames(repository.findByAddressCityAndAgeGreaterThan("London", 35)))
			.containsExactlyInAnyOrder("Ada", "Adele");
		QueryTerms query = lastQuery();
		assertThat(termTypes(query)).contains(TermType.GET_ALL, TermType.FILTER);
		assertThat(optArgs(query, TermType.GET_ALL)).containsEntry("index", "home_city");
	}

	@Test
	void findByIdUsesThePrimaryKey() {
		Person grace = repository.findByEmail("grace@example.com");
		queries.clear();
		assertThat(repository.findById(grace.getId())).isPresent();
		assertThat(termTypes(lastQuery())).contains(TermType.GET).doesNotContain(TermType.FILTER);
	}

	@Test
	void membershipOnIndexedFieldUsesGetAllWithSeveralKeys() {
		assertThat(firstnames(repository.findByEmailIn(List.of("ada@example.com", "alan@example.com"))))
			.containsExactlyInAnyOrder("Ada", "Alan");
		QueryTerms query = lastQuery();
		assertThat(termTypes(query)).contains(TermType.GET_ALL).doesNotContain(TermType.FILTER);
	}

	@Test
	void rangeOnIndexedFieldUsesBetween() {
		assertThat(firstnames(repository.findByEmailBetween("adele@example.com", "alan@example.com")))
			.containsExactlyInAnyOrder("Adele", "Alan");
		QueryTerms query = lastQuery();
		assertThat(termTypes(query)).contains(TermType.BETWEEN).doesNotContain(TermType.FILTER);
		assertThat(optArgs(query, TermType.BETWEEN)).containsEntry("index", "email")
			.containsEntry("right_bound", "closed");
	}

	@Test
	void containingOnIndexedCollectionUsesGetAllOnItsMultiIndex() {
		assertThat(firstnames(repository.findByTagsContaining("math"))).containsExactlyInAnyOrder("Ada", "Katherine");
		QueryTerms query = lastQuery();
		assertThat(termTypes(query)).contains(TermType.GET_ALL).doesNotContain(TermType.FILTER);
		assertThat(optArgs(query, TermType.GET_ALL)).containsEntry("index", "tags");
	}

	@Test
	void equalityWithOneElementOfIndexedCollectionUsesItsMultiIndex() {
		assertThat(firstnames(repository.findByTags("poetry"))).containsExactlyInAnyOrder("Ada", "Anne");
		QueryTerms query = lastQuery();
		assertThat(termTypes(query)).contains(TermType.GET_ALL).doesNotContain(TermType.FILTER);
		assertThat(optArgs(query, TermType.GET_ALL)).containsEntry("index", "tags");
	}

	@Test
	void containingOnIndexedCollectionFiltersOnlyTheOtherConditions() {
		assertThat(firstnames(repository.findByTagsContainingAndAgeGreaterThan("math", 50)))
			.containsExactly("Katherine");
		assertThat(termTypes(lastQuery())).contains(TermType.GET_ALL, TermType.FILTER);
	}

	@Test
	void membershipOnIndexedCollectionReadsEachMatchingDocumentOnce() {
		List<String> tags = List.of("math", "poetry", "cobol");
		assertThat(firstnames(repository.findByTagsIn(tags))).containsExactlyInAnyOrder("Ada", "Grace", "Katherine",
				"Anne");
		QueryTerms query = lastQuery();
		assertThat(termTypes(query)).contains(TermType.GET_ALL, TermType.ARGS, TermType.DISTINCT)
			.doesNotContain(TermType.FILTER);
		assertThat(optArgs(query, TermType.GET_ALL)).doesNotContainKey("index");
		assertThat(repository.countByTagsIn(tags)).isEqualTo(4);
		assertThat(repository.findByTagsIn(List.of("fortran", "lisp"))).isEmpty();
	}

	@Test
	void membershipOnIndexedCollectionSelectsDocumentsForDeletion() {
		assertThat(repository.deleteByTagsIn(List.of("math", "poetry"))).isEqualTo(3);
		assertThat(firstnames(repository.findAll())).containsExactlyInAnyOrder("Grace", "Alan", "Adele");
	}

	@Test
	void negatedMembershipOnCollectionMatchesDocumentsWithoutAnyOfTheElements() {
		assertThat(firstnames(repository.findByTagsNotIn(List.of("math", "poetry")))).containsExactlyInAnyOrder("Grace",
				"Alan", "Adele");
	}

	@Test
	void unindexedFieldScansTheTableWithFilter() {
		assertThat(repository.findByAgeGreaterThan(85)).hasSize(1);
		assertThat(termTypes(lastQuery())).contains(TermType.FILTER).doesNotContain(TermType.GET_ALL, TermType.BETWEEN);
	}

	private static QueryTerms lastQuery() {
		return QueryTerms.of(queries.lastQuery());
	}

	private static List<TermType> termTypes(QueryTerms query) {
		return query.types();
	}

	private static Map<String, Object> optArgs(QueryTerms query, TermType type) {
		return query.optArgs(type);
	}

}
