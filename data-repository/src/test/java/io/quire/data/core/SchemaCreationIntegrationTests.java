package io.quire.data.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quire.data.core.convert.MappingQuireConverter;
import io.quire.data.core.mapping.Document;
import io.quire.data.core.mapping.Indexed;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.test.EmbeddedQuire;
import io.quire.data.test.RecordingConnectionFactory;
import tools.jackson.core.type.TypeReference;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With automatic index creation, the tables and indexes of the known documents exist once
 * the application context has started.
 */
class SchemaCreationIntegrationTests {

	private final RecordingConnectionFactory connectionFactory = EmbeddedQuire.shared().connectionFactory();

	@Test
	void tablesAndIndexesOfKnownDocumentsAreCreatedAtStartup() {
		dropGadgets();
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				IndexCreationConfiguration.class)) {
			QuireTemplate template = context.getBean(QuireTemplate.class);
			List<Object> indexes = template.execute((connection) -> r.db("test")
				.table("gadgets")
				.indexList()
				.runAtom(connection, new TypeReference<List<Object>>() {
				}));
			assertThat(indexes).containsExactlyInAnyOrder("serial", "labels");
			assertThat(multiByIndexName(template)).containsEntry("serial", false).containsEntry("labels", true);
		}
	}

	@Test
	void simpleIndexOnAnIndexedCollectionIsMadeAgainAsMultiIndex() {
		dropGadgets();
		QuireTemplate plain = new QuireTemplate(this.connectionFactory);
		plain.execute((connection) -> r.db("test").tableCreate("gadgets").runAtom(connection));
		plain.execute((connection) -> r.db("test").table("gadgets").indexCreate("labels").runAtom(connection));
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				IndexCreationConfiguration.class)) {
			assertThat(multiByIndexName(context.getBean(QuireTemplate.class))).containsEntry("labels", true);
		}
	}

	private static Map<Object, Object> multiByIndexName(QuireTemplate template) {
		List<Map<String, Object>> statuses = template.execute((connection) -> r.db("test")
			.table("gadgets")
			.indexStatus()
			.runAtom(connection, new TypeReference<List<Map<String, Object>>>() {
			}));
		Map<Object, Object> multi = new HashMap<>();
		statuses.forEach((status) -> multi.put(status.get("index"), status.get("multi")));
		return multi;
	}

	private void dropGadgets() {
		new QuireTemplate(this.connectionFactory).dropTable(Gadget.class);
	}

	@Configuration(proxyBeanMethods = false)
	static class IndexCreationConfiguration {

		@Bean
		QuireMappingContext quireMappingContext() {
			QuireMappingContext context = new QuireMappingContext();
			context.setAutoIndexCreation(true);
			context.setInitialEntitySet(Set.of(Gadget.class));
			return context;
		}

		@Bean
		QuireTemplate quireTemplate(QuireMappingContext mappingContext) {
			return new QuireTemplate(EmbeddedQuire.shared().connectionFactory(),
					new MappingQuireConverter(mappingContext));
		}

	}

	@Document("gadgets")
	static class Gadget {

		String id;

		@Indexed
		String serial;

		@Indexed
		List<String> labels;

	}

}
