package io.quire.sample.book;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An update was made from a copy of the book older than the stored one; answered with
 * 409.
 */
class StaleBookException extends ErrorResponseException {

	StaleBookException(String id, long sentVersion, Throwable cause) {
		super(HttpStatus.CONFLICT, problem(id, sentVersion), cause);
	}

	private static ProblemDetail problem(String id, long sentVersion) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Book '" + id
				+ "' changed since version " + sentVersion + "; read it again and send its current version");
		problem.setTitle("Stale version");
		problem.setProperty("id", id);
		problem.setProperty("version", sentVersion);
		return problem;
	}

}
