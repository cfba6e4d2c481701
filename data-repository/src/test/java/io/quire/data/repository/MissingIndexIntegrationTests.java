package io.quire.data.repository;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quire.data.core.QuireTemplate;
import io.quire.data.core.convert.MappingQuireConverter;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.repository.config.EnableQuireRepositories;
import io.quire.data.test.EmbeddedQuire;
import io.quire.data.test.People;
import io.quire.data.test.Person;
import io.quire.data.test.PersonRepository;
import io.quire.data.test.QueryTerms;
import io.quire.data.test.RecordingConnectionFactory;
import io.quire.protocol.TermType;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.InvalidDataAccessResourceUsageException;

import static io.quire.data.repository.DerivedQueryIntegrationTests.firstnames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Repositories without automatic index creation, as Spring Boot configures them by
 * default: an {@code @Indexed} property is read through its index once the index exists
 * and is ready, and filtered until then; a query never fails for want of an index. The
 * class has a server of its own, so no other test has created the indexes.
 */
class MissingIndexIntegrationTests {

	private static EmbeddedQuire quire;

	private static AnnotationConfigApplicationContext context;

	private static PersonRepository repository;

	private static QuireTemplate template;

	private static RecordingConnectionFactory queries;

	@BeforeAll
	static void startServerAndContext() {
		quire = EmbeddedQuire.start();
		context = new AnnotationConfigApplicationContext(WithoutIndexCreation.class);
		repository = context.getBean(PersonRepository.class);
		template = context.getBean(QuireTemplate.class);
		queries = quire.connectionFactory();
	}

	@AfterAll
	static void stopContextAndServer() {
		context.close();
		quire.close();
	}

	@BeforeEach
	void dropTheTableAndInsertPeople() {
		template.dropTable(Person.class);
		repository.insert(People.all());
		queries.clear();
	}

	@Test
	void equalityOnIndexedPropertyWithoutItsIndexFilters() {
		assertThat(repository.findByEmail("grace@example.com").getFirstname()).isEqualTo("Grace");
		assertThat(lastQuery().types()).contains(TermType.FILTER).doesNotContain(TermType.GET_ALL);
	}

	@Test
	void everyIndexedReadWithoutItsIndexFilters() {
		assertThat(firstnames(repository.findByEmailIn(List.of("ada@example.com", "alan@example.com"))))
			.containsExactlyInAnyOrder("Ada", "Alan");
		assertThat(firstnames(repository.findByEmailBetween("adele@example.com", "alan@example.com")))
			.containsExactlyInAnyOrder("Adele", "Alan");
		assertThat(firstnames(repository.findByTagsContaining("math"))).containsExactlyInAnyOrder("Ada", "Katherine");
		assertThat(firstnames(repository.findByAddressCityAndAgeGreaterThan("London", 35)))
			.containsExactlyInAnyOrder("Ada", "Adele");
		assertThat(repository.existsByEmail("grace@example.com")).isTrue();
		assertThat(repository.countByTagsIn(List.of("math", "poetry"))).isEqualTo(3);
		assertThat(repository.deleteByTagsIn(List.of("navy"))).isEqualTo(1);
		assertThat(queries.queries()).noneMatch((query) -> QueryTerms.of(query).types().contains(TermType.GET_ALL));
	}

	@Test
	void indexesCreatedByTheTemplateAreReadThroughAtOnce() {
		repository.findByEmail("grace@example.com");
		template.createTable(Person.class);
		queries.clear();
		assertThat(repository.findByEmail("grace@example.com").getFirstname()).isEqualTo("Grace");
		assertThat(lastQuery().types()).contains(TermType.GET_ALL).doesNotContain(TermType.FILTER);
		assertThat(lastQuery().optArgs(TermType.GET_ALL)).containsEntry("index", "email");
	}

	@Test
	void indexDroppedBehindTheTemplatesBackIsNoLongerRead() {
		template.createTable(Person.class);
		assertThat(repository.findByEmail("grace@example.com")).isNotNull();
		template.execute((connection) -> template.table(Person.class).indexDrop("email").runAtom(connection));
		assertThat(repository.findByEmail("grace@example.com").getFirstname()).isEqualTo("Grace");
		queries.clear();
		assertThat(repository.findByEmail("ada@example.com").getFirstname()).isEqualTo("Ada");
		assertThat(lastQuery().types()).contains(TermType.FILTER).doesNotContain(TermType.GET_ALL);
	}

	@Test
	void simpleIndexOnACollectionIsNotReadAsItsMultiIndex() {
		template.execute((connection) -> template.table(Person.class).indexCreate("tags").runAtom(connection));
		template.execute((connection) -> template.table(Person.class).indexWait("tags").runAtom(connection));
		assertThat(firstnames(repository.findByTagsContaining("math"))).containsExactlyInAnyOrder("Ada", "Katherine");
		assertThat(lastQuery().types()).contains(TermType.FILTER).doesNotContain(TermType.GET_ALL);
	}

	@Test
	void missingIndexErrorNamesTheIndexAndTheSetting() {
		assertThatExceptionOfType(InvalidDataAccessResourceUsageException.class)
			.isThrownBy(() -> template.execute((connection) -> template.table(Person.class)
				.getAll("grace@example.com")
				.optArg("index", "email")
				.runAtom(connection)))
			.withMessageContaining("Index `email` was not found on table `test.people`")
			.withMessageContaining("quire.data.auto-index-creation=true");
	}

	private static QueryTerms lastQuery() {
		return QueryTerms.of(queries.lastQuery());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableQuireRepositories(basePackageClasses = PersonRepository.class)
	static class WithoutIndexCreation {

		@Bean(destroyMethod = "")
		RecordingConnectionFactory connectionFactory() {
			return quire.connectionFactory();
		}

		@Bean
		QuireTemplate quireTemplate(RecordingConnectionFactory connectionFactory) {
			return new QuireTemplate(connectionFactory, new MappingQuireConverter(new QuireMappingContext()));
		}

	}

}
