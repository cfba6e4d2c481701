package io.quire.data.test;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import io.quire.data.core.QuireTemplate;

/**
 * Base of the template tests: an in-memory server of their own for each test class, a
 * {@link QuireTemplate} on it, and an empty person table before each test.
 */
public abstract class EmbeddedTemplateTestSupport {

	protected static EmbeddedQuire quire;

	protected static QuireTemplate template;

	@BeforeAll
	protected static void startServer() {
		quire = EmbeddedQuire.start();
		template = new QuireTemplate(quire.connectionFactory());
	}

	@AfterAll
	protected static void stopServer() {
		quire.close();
	}

	@BeforeEach
	protected void emptyTable() {
		template.deleteAll(Person.class);
	}

}
