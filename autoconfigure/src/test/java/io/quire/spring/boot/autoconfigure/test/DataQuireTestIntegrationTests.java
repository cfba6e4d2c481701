package io.quire.spring.boot.autoconfigure.test;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DataQuireTest @DataQuireTest} starts the embedded engine and the Quire
 * auto-configuration, and nothing else of the application.
 */
@DataQuireTest
class DataQuireTestIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ConnectionFactory connectionFactory;

	@Autowired
	private QuireServer server;

	@Autowired
	private BookRepository books;

	@Test
	void connectionFactoryUsesTheEmbeddedEngine() {
		try (Connection connection = this.connectionFactory.connect()) {
			assertThat(connection.port()).isEqualTo(this.server.port());
			assertThat(connection.host()).isEqualTo("127.0.0.1");
		}
	}

	@Test
	void repositoriesWorkAgainstTheEmbeddedEngine() {
		this.books.save(new Book("Dune", 1965));
		this.books.save(new Book("Hyperion", 1989));
		assertThat(this.books.findByYearGreaterThan(1970)).extracting(Book::getTitle).containsExactly("Hyperion");
		assertThat(this.books.count()).isEqualTo(2);
	}

	@Test
	void applicationComponentsAreLeftOut() {
		assertThat(this.context.getBeanNamesForType(ExampleComponent.class)).isEmpty();
	}

	@Test
	void onlyQuireAutoConfigurationIsApplied() {
		assertThat(this.context.getBeanNamesForType(HealthContributor.class)).isEmpty();
		assertThat(this.context.containsBean("quireConnectionFactory")).isTrue();
	}

}
