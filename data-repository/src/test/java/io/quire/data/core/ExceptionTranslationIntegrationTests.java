package io.quire.data.core;

import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.QuireQuery;
import io.quire.data.test.EmbeddedQuire;
import io.quire.data.test.Person;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.data.core.mapping.Document;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Driver and server failures surface as Spring's DataAccessExceptions.
 */
class ExceptionTranslationIntegrationTests {

	private final EmbeddedQuire quire = EmbeddedQuire.shared();

	@Test
	void missingTableWithoutAutomaticCreationIsInvalidResourceUsage() {
		QuireTemplate template = new QuireTemplate(this.quire.connectionFactory());
		template.setAutoTableCreation(false);
		assertThatExceptionOfType(InvalidDataAccessResourceUsageException.class)
			.isThrownBy(() -> template.findAll(NeverCreated.class))
			.withMessageContaining("never_created")
			.withMessageContaining("does not exist");
	}

	@Test
	void missingDatabaseIsInvalidResourceUsage() {
		QuireTemplate template = new QuireTemplate(this.quire.connectionFactory());
		assertThatExceptionOfType(InvalidDataAccessResourceUsageException.class)
			.isThrownBy(() -> template.execute((connection) -> r.db("no_such_db").tableList().runAtom(connection)))
			.withMessageContaining("Database `no_such_db` does not exist");
	}

	@Test
	void automaticCreationCreatesTheMissingTableAndDatabase() {
		QuireTemplate template = new QuireTemplate(this.quire.connectionFactory());
		template.dropTable(InOtherDatabase.class);
		assertThat(template.findAll(InOtherDatabase.class)).isEmpty();
		template.insert(new InOtherDatabase());
		assertThat(template.count(InOtherDatabase.class)).isEqualTo(1);
	}

	@Test
	void tableDroppedBehindTheTemplatesBackIsCreatedAgain() {
		QuireTemplate template = new QuireTemplate(this.quire.connectionFactory());
		template.insert(new Person("Ada", "Lovelace", 36));
		template.execute((connection) -> r.db("test").tableDrop("people").runAtom(connection));
		assertThat(template.count(Person.class)).isZero();
	}

	@Test
	void queryTheServerCannotEvaluateIsApiMisuse() {
		QuireTemplate template = new QuireTemplate(this.quire.connectionFactory());
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.execute((connection) -> r.expr(1).add("one").runAtom(connection)));
	}

	@Test
	void rawPredicateWithAWrongTermIsApiMisuse() {
		QuireTemplate template = new QuireTemplate(this.quire.connectionFactory());
		template.insert(new Person("Ada", "Lovelace", 36));
		QuireQuery query = QuireQuery.query(Criteria.reql(r.row("age").add("years").gt(3)));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.find(query, Person.class));
	}

	@Test
	void unreachableServerIsAResourceFailure() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		ConnectionOptions options = ConnectionOptions.builder()
			.host("127.0.0.1")
			.port(closedPort)
			.connectTimeout(java.time.Duration.ofSeconds(2))
			.build();
		QuireTemplate template = new QuireTemplate(ConnectionFactory.create(options));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> template.findAll(Person.class));
	}

	@Document("never_created")
	static class NeverCreated {

		String id;

	}

	@Document(table = "elsewhere", database = "other_db")
	static class InOtherDatabase {

		String id;

		List<String> values = List.of("x");

	}

}
