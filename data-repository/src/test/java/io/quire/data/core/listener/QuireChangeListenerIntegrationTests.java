package io.quire.data.core.listener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quire.data.core.ChangeEvent;
import io.quire.data.core.QuireTemplate;
import io.quire.data.test.EmbeddedQuire;
import io.quire.data.test.Person;
import io.quire.driver.ChangeType;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link QuireChangeListener} methods fed while the context runs, and their feeds closed
 * when it stops.
 */
class QuireChangeListenerIntegrationTests {

	private static EmbeddedQuire quire;

	@BeforeAll
	static void startServer() {
		quire = EmbeddedQuire.start();
	}

	@AfterAll
	static void stopServer() {
		quire.close();
	}

	@Test
	void annotatedMethodsShouldReceiveChangesUntilTheContextCloses() throws Exception {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Listening.class)) {
			PersonWatcher watcher = context.getBean(PersonWatcher.class);
			awaitOpenCursors(2);
			QuireTemplate template = context.getBean(QuireTemplate.class);
			Person linus = template.insert(new Person("Linus", "Torvalds", 56));
			template.delete(linus);
			awaitCondition(() -> watcher.events.size() == 2 && watcher.people.size() == 2);
			assertThat(watcher.events).extracting(ChangeEvent::type).containsExactly(ChangeType.ADD, ChangeType.REMOVE);
			assertThat(watcher.people).extracting(Person::getLastname).containsExactly("Torvalds", "Torvalds");
		}
		awaitOpenCursors(0);
	}

	static void awaitOpenCursors(int count) throws InterruptedException {
		awaitCondition(() -> quire.server().metrics().openCursors() == count);
	}

	static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Condition not met within 10 seconds");
			}
			Thread.sleep(10);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableQuireChangeListeners
	static class Listening {

		@Bean
		QuireTemplate quireTemplate() {
			return new QuireTemplate(quire.connectionFactory());
		}

		@Bean
		PersonWatcher personWatcher() {
			return new PersonWatcher();
		}

	}

	static class PersonWatcher {

		final List<ChangeEvent<Person>> events = new CopyOnWriteArrayList<>();

		final List<Person> people = new CopyOnWriteArrayList<>();

		@QuireChangeListener(entity = Person.class)
		void onEvent(ChangeEvent<Person> event) {
			this.events.add(event);
		}

		@QuireChangeListener(entity = Person.class)
		void onPerson(Person person) {
			this.people.add(person);
		}

	}

}
