package io.quire.data.repository;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.quire.data.test.RepositoryTestConfiguration;
import io.quire.data.test.VersionedNote;
import io.quire.data.test.reactive.ReactiveRepositoryTestConfiguration;
import io.quire.data.test.reactive.ReactiveVersionedNoteRepository;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @Version} checks and {@code @EnableQuireAuditing} through a reactive repository,
 * as through a blocking one.
 */
class ReactiveOptimisticLockingAndAuditingIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static AnnotationConfigApplicationContext context;

	private static ReactiveVersionedNoteRepository repository;

	@BeforeAll
	static void createContext() {
		context = new AnnotationConfigApplicationContext(ReactiveRepositoryTestConfiguration.class);
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

	@Test
	void eachSaveShouldIncrementTheVersionAndAStaleCopyShouldFail() {
		VersionedNote note = repository.save(new VersionedNote("original")).block(TIMEOUT);
		assertThat(note.getVersion()).isZero();
		VersionedNote mine = repository.findById(note.getId()).block(TIMEOUT);
		VersionedNote theirs = repository.findById(note.getId()).block(TIMEOUT);
		VersionedNote stale = repository.findById(note.getId()).block(TIMEOUT);
		theirs.setText("theirs");
		assertThat(repository.save(theirs).block(TIMEOUT).getVersion()).isEqualTo(1);
		mine.setText("mine");
		StepVerifier.create(repository.save(mine))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OptimisticLockingFailureException.class)
				.hasMessageContaining("expected version 0"))
			.verify(TIMEOUT);
		StepVerifier.create(repository.delete(stale))
			.expectError(OptimisticLockingFailureException.class)
			.verify(TIMEOUT);
		StepVerifier.create(repository.findById(note.getId()).map(VersionedNote::getText))
			.expectNext("theirs")
			.verifyComplete();
	}

	@Test
	void auditingShouldSetCreationOnInsertAndAdvanceModificationOnUpdate() {
		Instant before = Instant.now();
		VersionedNote note = repository.save(new VersionedNote("audited")).block(TIMEOUT);
		assertThat(note.getCreatedBy()).isEqualTo(RepositoryTestConfiguration.AUDITOR);
		assertThat(note.getCreatedAt()).isNotNull().isAfterOrEqualTo(before.minusMillis(1));
		VersionedNote loaded = repository.findById(note.getId()).block(TIMEOUT);
		loaded.setText("edited");
		VersionedNote updated = repository.save(loaded).block(TIMEOUT);
		assertThat(updated.getCreatedAt()).isEqualTo(loaded.getCreatedAt());
		assertThat(updated.getModifiedAt()).isAfterOrEqualTo(loaded.getModifiedAt());
		assertThat(updated.getModifiedBy()).isEqualTo(RepositoryTestConfiguration.AUDITOR);
	}

}
