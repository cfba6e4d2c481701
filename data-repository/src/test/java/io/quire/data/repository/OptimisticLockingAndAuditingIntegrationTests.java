package io.quire.data.repository;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quire.data.test.RepositoryTestConfiguration;
import io.quire.data.test.VersionedNote;
import io.quire.data.test.VersionedNoteRepository;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code @Version} checks on the server, and {@code @EnableQuireAuditing}.
 */
class OptimisticLockingAndAuditingIntegrationTests {

	private static AnnotationConfigApplicationContext context;

	private static VersionedNoteRepository repository;

	@BeforeAll
	static void createContext() {
		context = new AnnotationConfigApplicationContext(RepositoryTestConfiguration.class);
		repository = context.getBean(VersionedNoteRepository.class);
	}

	@AfterAll
	static void closeContext() {
		context.close();
	}

	@BeforeEach
	void emptyTable() {
		repository.deleteAll();
	}

	@Test
	void newEntityStartsAtVersionZeroAndEachSaveIncrementsIt() {
		VersionedNote note = repository.save(new VersionedNote("first"));
		assertThat(note.getVersion()).isZero();
		note.setText("second");
		VersionedNote saved = repository.save(note);
		assertThat(saved.getVersion()).isEqualTo(1);
		assertThat(repository.findById(note.getId())).hasValueSatisfying((stored) -> {
			assertThat(stored.getVersion()).isEqualTo(1);
			assertThat(stored.getText()).isEqualTo("second");
		});
	}

	@Test
	void savingAStaleCopyFailsAndKeepsTheNewerDocument() {
		VersionedNote note = repository.save(new VersionedNote("original"));
		VersionedNote mine = repository.findById(note.getId()).orElseThrow();
		VersionedNote theirs = repository.findById(note.getId()).orElseThrow();
		theirs.setText("theirs");
		repository.save(theirs);
		mine.setText("mine");
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> repository.save(mine))
			.withMessageContaining("expected version 0");
		assertThat(repository.findById(note.getId())).map(VersionedNote::getText).contains("theirs");
	}

	@Test
	void savingAVersionedEntityWhoseDocumentWasDeletedFails() {
		VersionedNote note = repository.save(new VersionedNote("gone soon"));
		repository.deleteById(note.getId());
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> repository.save(note));
	}

	@Test
	void deletingAStaleCopyFailsAndDeletingTheCurrentOneWorks() {
		VersionedNote note = repository.save(new VersionedNote("original"));
		VersionedNote stale = repository.findById(note.getId()).orElseThrow();
		note.setText("changed");
		VersionedNote current = repository.save(note);
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> repository.delete(stale));
		repository.delete(current);
		assertThat(repository.existsById(note.getId())).isFalse();
	}

	@Test
	void insertingAnExistingIdIsADuplicateKey() {
		VersionedNote note = repository.save(new VersionedNote("one"));
		VersionedNote copy = new VersionedNote("two");
		copy.setId(note.getId());
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> repository.insert(copy))
			.withMessageContaining("Duplicate primary key");
	}

	@Test
	void auditingSetsCreationAndModificationOnInsert() {
		Instant before = Instant.now();
		VersionedNote note = repository.save(new VersionedNote("audited"));
		assertThat(note.getCreatedBy()).isEqualTo(RepositoryTestConfiguration.AUDITOR);
		assertThat(note.getModifiedBy()).isEqualTo(RepositoryTestConfiguration.AUDITOR);
		assertThat(note.getCreatedAt()).isNotNull().isAfterOrEqualTo(before.minusMillis(1));
		VersionedNote stored = repository.findById(note.getId()).orElseThrow();
		assertThat(stored.getCreatedBy()).isEqualTo(RepositoryTestConfiguration.AUDITOR);
		assertThat(stored.getCreatedAt()).isNotNull();
	}

	@Test
	void auditingKeepsCreationAndAdvancesModificationOnUpdate() throws InterruptedException {
		VersionedNote note = repository.save(new VersionedNote("audited"));
		VersionedNote loaded = repository.findById(note.getId()).orElseThrow();
		Thread.sleep(5);
		loaded.setText("edited");
		VersionedNote updated = repository.save(loaded);
		assertThat(updated.getCreatedAt()).isEqualTo(loaded.getCreatedAt());
		assertThat(updated.getModifiedAt()).isAfter(updated.getCreatedAt());
		VersionedNote stored = repository.findById(note.getId()).orElseThrow();
		assertThat(stored.getModifiedAt()).isCloseTo(updated.getModifiedAt(), within(1, ChronoUnit.MILLIS));
	}

}
