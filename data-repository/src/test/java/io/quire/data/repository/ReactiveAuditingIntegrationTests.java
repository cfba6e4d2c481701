package io.quire.data.repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import io.quire.data.core.ReactiveQuireTemplate;
import io.quire.data.test.VersionedNote;
import io.quire.data.test.reactive.ReactiveVersionedNoteRepository;
import io.quire.data.test.reactive.auditing.ReactiveAuditingTestConfiguration;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @EnableReactiveQuireAuditing}: the {@code @CreatedBy} and
 * {@code @LastModifiedBy} auditors come from a {@code ReactiveAuditorAware} that reads
 * the subscriber's context, for saves and inserts through a reactive repository and the
 * reactive template.
 */
class ReactiveAuditingIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static AnnotationConfigApplicationContext context;

	private static ReactiveVersionedNoteRepository repository;

	@BeforeAll
	static void createContext() {
		context = new AnnotationConfigApplicationContext(ReactiveAuditingTestConfiguration.class);
		repository = context.getBean(ReactiveVersionedNoteRepository.class);
	}

	@AfterAll
	static void closeContext() {
		context.close();
	}

	@BeforeEach
	void emptyTable() {
		repository.deleteAll().block(TIMEOUT);
	}

	private static <T> T as(String user, Mono<T> action) {
		return action.contextWrite(Context.of(ReactiveAuditingTestConfiguration.USER, user)).block(TIMEOUT);
	}

	@Test
	void saveShouldRecordTheCreatorAndLaterTheModifierFromTheSubscriberContext() {
		Instant before = Instant.now();
		VersionedNote created = as("bob", repository.save(new VersionedNote("draft")));
		assertThat(created.getCreatedBy()).isEqualTo("bob");
		assertThat(created.getModifiedBy()).isEqualTo("bob");
		assertThat(created.getCreatedAt()).isNotNull().isAfterOrEqualTo(before.minusMillis(1));
		VersionedNote loaded = repository.findById(created.getId()).block(TIMEOUT);
		assertThat(loaded.getCreatedBy()).isEqualTo("bob");
		loaded.setText("edited");
		VersionedNote updated = as("carol", repository.save(loaded));
		assertThat(updated.getCreatedBy()).isEqualTo("bob");
		assertThat(updated.getModifiedBy()).isEqualTo("carol");
		assertThat(updated.getModifiedAt()).isAfterOrEqualTo(created.getModifiedAt());
		VersionedNote stored = repository.findById(created.getId()).block(TIMEOUT);
		assertThat(stored.getCreatedBy()).isEqualTo("bob");
		assertThat(stored.getModifiedBy()).isEqualTo("carol");
	}

	@Test
	void insertsShouldBeAuditedEachWithTheCurrentAuditor() {
		List<VersionedNote> inserted = as("dave",
				repository.insert(List.of(new VersionedNote("one"), new VersionedNote("two"))).collectList());
		assertThat(inserted).extracting(VersionedNote::getCreatedBy).containsExactly("dave", "dave");
		VersionedNote viaTemplate = as("erin",
				context.getBean(ReactiveQuireTemplate.class).insert(new VersionedNote("three")));
		assertThat(repository.findById(viaTemplate.getId()).block(TIMEOUT).getCreatedBy()).isEqualTo("erin");
	}

	@Test
	void aSaveWithoutAnAuditorShouldLeaveTheAuditorsUnsetButStillSetTheDates() {
		VersionedNote anonymous = repository.save(new VersionedNote("anonymous")).block(TIMEOUT);
		assertThat(anonymous.getCreatedBy()).isNull();
		assertThat(anonymous.getCreatedAt()).isNotNull();
		assertThat(repository.findById(anonymous.getId()).block(TIMEOUT).getCreatedAt()).isNotNull();
	}

}
