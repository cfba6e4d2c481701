package io.quire.data.core;

import org.jspecify.annotations.Nullable;

import io.quire.driver.QuireAuthenticationException;
import io.quire.driver.QuireAvailabilityException;
import io.quire.driver.QuireClientErrorException;
import io.quire.driver.QuireCompileException;
import io.quire.driver.QuireConnectionException;
import io.quire.driver.QuireException;
import io.quire.driver.QuireMappingException;
import io.quire.driver.QuireNonExistenceException;
import io.quire.driver.QuirePermissionException;
import io.quire.driver.QuireProtocolException;
import io.quire.driver.QuireQueryLogicException;
import io.quire.driver.QuireResourceLimitException;
import io.quire.driver.QuireRuntimeException;
import io.quire.driver.QuireTimeoutException;
import io.quire.driver.QuireUserException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

/**
 * Translates Quire driver exceptions into Spring's {@link DataAccessException} hierarchy.
 *
 * <ul>
 * <li>a duplicate primary key: {@link DuplicateKeyException}</li>
 * <li>a missing database, table or index, an index not ready yet:
 * {@link InvalidDataAccessResourceUsageException} (for an index, saying how
 * {@code @Indexed} indexes are created)</li>
 * <li>a query the server cannot compile or evaluate, or an {@code r.error}:
 * {@link InvalidDataAccessApiUsageException}</li>
 * <li>a failure another attempt can cure ({@link QuireException#isRetryable()}: the
 * server went away or is a standby, or a feed was cut by a failover):
 * {@link TransientDataAccessResourceException}, so that Spring's retry support sees it as
 * transient</li>
 * <li>other connection failures, unavailable servers:
 * {@link DataAccessResourceFailureException}</li>
 * <li>timeouts: {@link QueryTimeoutException}; refused credentials or permissions:
 * {@link PermissionDeniedDataAccessException}</li>
 * </ul>
 */
public class QuireExceptionTranslator implements PersistenceExceptionTranslator {

	/** What a missing or unready index error adds to the server's message. */
	static final String INDEX_HINT = " Quire reads through the index of an @Indexed property only while it exists"
			+ " and is ready, and filters otherwise; the indexes of @Indexed properties are created at startup"
			+ " with quire.data.auto-index-creation=true (QuireMappingContext.setAutoIndexCreation(true))"
			+ " or by QuireTemplate.createTable.";

	@Override
	public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException ex) {
		if (ex instanceof DataAccessException dataAccess) {
			return dataAccess;
		}
		if (!(ex instanceof QuireException quire)) {
			return null;
		}
		return translate(quire);
	}

	/**
	 * Translates a failed write reported in a write result ({@code first_error}), which
	 * the server gives instead of raising an error.
	 */
	public DataAccessException translateWriteError(String firstError) {
		if (isDuplicateKey(firstError)) {
			return new DuplicateKeyException(firstError);
		}
		return new DataIntegrityViolationException(firstError);
	}

	private DataAccessException translate(QuireException ex) {
		String message = ex.getMessage();
		if (ex instanceof QuireRuntimeException && isUnavailableIndex(message)) {
			return new InvalidDataAccessResourceUsageException(message + INDEX_HINT, ex);
		}
		if (ex instanceof QuireRuntimeException && isMissingResource(message)) {
			return new InvalidDataAccessResourceUsageException(message, ex);
		}
		if (ex instanceof QuireNonExistenceException) {
			return new InvalidDataAccessApiUsageException(message, ex);
		}
		if (ex instanceof QuireQueryLogicException && isDuplicateKey(message)) {
			return new DuplicateKeyException(message, ex);
		}
		if (ex instanceof QuireQueryLogicException || ex instanceof QuireCompileException
				|| ex instanceof QuireClientErrorException || ex instanceof QuireUserException
				|| ex instanceof QuireResourceLimitException || ex instanceof QuireMappingException) {
			return new InvalidDataAccessApiUsageException(message, ex);
		}
		return translateClientSide(ex, message);
	}

	private DataAccessException translateClientSide(QuireException ex, String message) {
		if (ex instanceof QuireTimeoutException) {
			return new QueryTimeoutException(message, ex);
		}
		if (ex.isRetryable()) {
			return new TransientDataAccessResourceException(message, ex);
		}
		if (ex instanceof QuireAuthenticationException || ex instanceof QuirePermissionException) {
			return new PermissionDeniedDataAccessException(message, ex);
		}
		if (ex instanceof QuireConnectionException || ex instanceof QuireAvailabilityException
				|| ex instanceof QuireProtocolException) {
			return new DataAccessResourceFailureException(message, ex);
		}
		return new UncategorizedQuireException(message, ex);
	}

	private static boolean isDuplicateKey(@Nullable String message) {
		return message != null && message.startsWith("Duplicate primary key");
	}

	/**
	 * Whether the message says an index is missing or still being built (OP_FAILED), as
	 * RethinkDB words it.
	 */
	static boolean isUnavailableIndex(@Nullable String message) {
		return message != null && message.startsWith("Index `") && (message.contains("` was not found on table `")
				|| message.contains("` was accessed before its construction was finished"));
	}

	/**
	 * Whether the message says a database, table or index is missing (NON_EXISTENCE or
	 * OP_FAILED).
	 */
	static boolean isMissingResource(@Nullable String message) {
		return message != null
				&& (message.startsWith("Table `") || message.startsWith("Database `") || message.startsWith("Index `"))
				&& (message.contains("does not exist") || message.contains("was not found"));
	}

}
