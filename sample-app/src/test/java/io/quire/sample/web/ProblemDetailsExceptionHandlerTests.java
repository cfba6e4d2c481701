package io.quire.sample.web;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsExceptionHandlerTests {

	private final ProblemDetailsExceptionHandler handler = new ProblemDetailsExceptionHandler();

	@Test
	void unreachableDatabaseShouldAnswer503() {
		ResponseEntity<ProblemDetail> response = this.handler
			.handleDatabaseUnavailable(new DataAccessResourceFailureException("Connection refused: 127.0.0.1:28015"));
		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getBody().getTitle()).isEqualTo("Database unavailable");
		assertThat(response.getBody().getDetail()).doesNotContain("28015");
	}

	@Test
	void databaseTimeoutShouldAnswer503() {
		ResponseEntity<ProblemDetail> response = this.handler
			.handleDatabaseUnavailable(new QueryTimeoutException("no answer within 20s"));
		assertThat(response.getStatusCode().value()).isEqualTo(503);
	}

	@Test
	void unexpectedFailureShouldAnswer500WithoutItsMessage() {
		ResponseEntity<ProblemDetail> response = this.handler
			.handleUnexpected(new IllegalStateException("password=hunter2"));
		assertThat(response.getStatusCode().value()).isEqualTo(500);
		assertThat(response.getBody().getStatus()).isEqualTo(500);
		assertThat(response.getBody().getDetail()).doesNotContain("hunter2");
	}

}
