package io.quire.sample.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A {@code page}, {@code size} or {@code sort} parameter out of range or malformed;
 * answered with 400 and a problem body naming the parameter.
 */
public class InvalidPageQueryException extends ErrorResponseException {

	InvalidPageQueryException(String parameter, String detail) {
		super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
	}

	private static ProblemDetail problem(String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid paging parameter");
		problem.setProperty("parameter", parameter);
		return problem;
	}

}
