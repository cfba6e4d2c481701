package io.quire.data.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quire.driver.HostAndPort;
import io.quire.driver.QuireAuthenticationException;
import io.quire.driver.QuireAutoReconnectException;
import io.quire.driver.QuireCompileException;
import io.quire.driver.QuireConnectionClosedException;
import io.quire.driver.QuireInternalException;
import io.quire.driver.QuireNonExistenceException;
import io.quire.driver.QuireNotPrimaryException;
import io.quire.driver.QuireOpFailedException;
import io.quire.driver.QuirePermissionException;
import io.quire.driver.QuireQueryLogicException;
import io.quire.driver.QuireTimeoutException;
import io.quire.driver.QuireUserException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

import static org.assertj.core.api.Assertions.assertThat;

class QuireExceptionTranslatorTests {

	private final QuireExceptionTranslator translator = new QuireExceptionTranslator();

	@Test
	void missingTableDatabaseOrIndexIsInvalidResourceUsage() {
		assertThat(this.translator.translateExceptionIfPossible(nonExistence("Table `test.nope` does not exist.")))
			.isInstanceOf(InvalidDataAccessResourceUsageException.class);
		assertThat(this.translator.translateExceptionIfPossible(nonExistence("Database `nope` does not exist.")))
			.isInstanceOf(InvalidDataAccessResourceUsageException.class);
		assertThat(this.translator
			.translateExceptionIfPossible(nonExistence("Index `nope` was not found on table `test.t`.")))
			.isInstanceOf(InvalidDataAccessResourceUsageException.class);
	}

	@Test
	void missingAttributeIsApiMisuse() {
		assertThat(this.translator.translateExceptionIfPossible(nonExistence("No attribute `age` in object:")))
			.isInstanceOf(InvalidDataAccessApiUsageException.class);
	}

	@Test
	void badQueriesAreApiMisuse() {
		assertThat(this.translator.translateExceptionIfPossible(
				new QuireCompileException("Expected 2 or more arguments but found 1.", List.of(), null)))
			.isInstanceOf(InvalidDataAccessApiUsageException.class);
		assertThat(this.translator.translateExceptionIfPossible(
				new QuireQueryLogicException("Expected type NUMBER but found STRING.", List.of(), null)))
			.isInstanceOf(InvalidDataAccessApiUsageException.class);
		assertThat(this.translator.translateExceptionIfPossible(new QuireUserException("boom", List.of(), null)))
			.isInstanceOf(InvalidDataAccessApiUsageException.class);
	}

	@Test
	void connectionAndAvailabilityProblemsAreResourceFailures() {
		assertThat(this.translator.translateExceptionIfPossible(new QuireConnectionClosedException("closed")))
			.isInstanceOf(DataAccessResourceFailureException.class);
		assertThat(this.translator.translateExceptionIfPossible(
				new QuireOpFailedException("Cannot perform write: primary replica unavailable", List.of(), null)))
			.isInstanceOf(DataAccessResourceFailureException.class);
	}

	@Test
	void retryableFailuresAreTransient() {
		assertThat(this.translator
			.translateExceptionIfPossible(new QuireAutoReconnectException("The connection to db1:28015 broke")))
			.isInstanceOf(TransientDataAccessResourceException.class);
		assertThat(this.translator.translateExceptionIfPossible(new QuireNotPrimaryException(
				"Cannot perform write: server `b` is a standby; the primary is `a` (db1:28015).", List.of(), null, "b",
				"a", new HostAndPort("db1", 28015))))
			.isInstanceOf(TransientDataAccessResourceException.class)
			.hasCauseInstanceOf(QuireNotPrimaryException.class);
	}

	@Test
	void timeoutsAndPermissions() {
		assertThat(this.translator.translateExceptionIfPossible(new QuireTimeoutException("slow")))
			.isInstanceOf(QueryTimeoutException.class);
		assertThat(this.translator.translateExceptionIfPossible(new QuireAuthenticationException("wrong password")))
			.isInstanceOf(PermissionDeniedDataAccessException.class);
		assertThat(this.translator.translateExceptionIfPossible(new QuirePermissionException(
				"User `bob` does not have the required `write` permission.", List.of(), null)))
			.isInstanceOf(PermissionDeniedDataAccessException.class);
	}

	@Test
	void internalErrorsAreUncategorized() {
		assertThat(this.translator.translateExceptionIfPossible(new QuireInternalException("bug", List.of(), null)))
			.isInstanceOf(UncategorizedQuireException.class);
	}

	@Test
	void writeErrorsAreDuplicateKeysOrIntegrityViolations() {
		assertThat(this.translator.translateWriteError("Duplicate primary key `id`:\n{}\n{}"))
			.isInstanceOf(DuplicateKeyException.class);
		assertThat(this.translator.translateWriteError("Primary key `id` cannot be changed"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void otherExceptionsAreNotTranslated() {
		assertThat(this.translator.translateExceptionIfPossible(new IllegalStateException("not ours"))).isNull();
	}

	private static QuireNonExistenceException nonExistence(String message) {
		return new QuireNonExistenceException(message, List.of(), null);
	}

}
