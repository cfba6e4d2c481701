package io.quire.sample.book;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No book has the requested id; answered with 404.
 */
class BookNotFoundException extends ErrorResponseException {

	BookNotFoundException(String id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No book has id '" + id + "'");
		problem.setTitle("Book not found");
		problem.setProperty("id", id);
		return problem;
	}

}
