package io.quire.data.core;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import io.quire.data.test.EmbeddedTemplateTestSupport;
import io.quire.data.test.Person;
import io.quire.driver.ChangeType;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link QuireTemplate#changes} as a blocking stream and {@link ReactiveQuireChanges} as
 * a Flux.
 */
class ChangeStreamIntegrationTests extends EmbeddedTemplateTestSupport {

	private final ExecutorService readers = Executors.newCachedThreadPool();

	@Test
	void changeStreamShouldMapDocumentsToEntitiesAndHonourThePredicate() throws Exception {
		try (Stream<ChangeEvent<Person>> changes = template.changes(Person.class, (p) -> p.g("age").gt(30))) {
			Iterator<ChangeEvent<Person>> events = changes.iterator();
			Future<List<ChangeEvent<Person>>> firstTwo = this.readers
				.submit(() -> List.of(events.next(), events.next()));
			template.insert(new Person("Young", "One", 20));
			Person ada = template.insert(new Person("Ada", "Lovelace", 36));
			ada.setAge(37);
			template.save(ada);
			List<ChangeEvent<Person>> seen = firstTwo.get(10, TimeUnit.SECONDS);
			assertThat(seen.get(0).type()).isEqualTo(ChangeType.ADD);
			assertThat(seen.get(0).newEntity().getFirstname()).isEqualTo("Ada");
			assertThat(seen.get(1).type()).isEqualTo(ChangeType.CHANGE);
			assertThat(seen.get(1).oldEntity().getAge()).isEqualTo(36);
			assertThat(seen.get(1).newEntity().getAge()).isEqualTo(37);
		}
	}

	@Test
	void closingTheStreamShouldStopTheFeedAndWakeItsReader() throws Exception {
		Stream<ChangeEvent<Person>> changes = template.changes(Person.class);
		Iterator<ChangeEvent<Person>> events = changes.iterator();
		Future<Boolean> reader = this.readers.submit(events::hasNext);
		awaitOpenCursors(1);
		changes.close();
		assertThat(reader.get(10, TimeUnit.SECONDS)).isFalse();
		awaitOpenCursors(0);
	}

	@Test
	void droppingTheTableShouldEndTheStreamWithADataAccessException() throws Exception {
		try (Stream<ChangeEvent<Person>> changes = template.changes(Person.class)) {
			Future<Long> reader = this.readers.submit(changes::count);
			awaitOpenCursors(1);
			template.dropTable(Person.class);
			assertThatThrownBy(() -> reader.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DataAccessException.class)
				.hasMessageContaining("was dropped");
		}
		finally {
			template.createTable(Person.class);
		}
	}

	@Test
	void fluxShouldEmitEntityChangesAndStopTheFeedWhenCancelled() throws Exception {
		ReactiveQuireChanges reactive = new ReactiveQuireChanges(template);
		Flux<ChangeEvent<Person>> removals = reactive.changes(Person.class)
			.filter((event) -> event.type() == ChangeType.REMOVE);
		Future<List<ChangeEvent<Person>>> firstRemoval = this.readers
			.submit(() -> removals.take(1).collectList().block(Duration.ofSeconds(10)));
		awaitOpenCursors(1);
		Person grace = template.insert(new Person("Grace", "Hopper", 85));
		template.delete(grace);
		List<ChangeEvent<Person>> seen = firstRemoval.get(10, TimeUnit.SECONDS);
		assertThat(seen).singleElement().satisfies((event) -> {
			assertThat(event.newEntity()).isNull();
			assertThat(event.entity().getLastname()).isEqualTo("Hopper");
		});
		awaitOpenCursors(0);
	}

	static void awaitOpenCursors(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (quire.server().metrics().openCursors() != count) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(
						"Expected " + count + " open cursors, found " + quire.server().metrics().openCursors());
			}
			Thread.sleep(10);
		}
	}

}
