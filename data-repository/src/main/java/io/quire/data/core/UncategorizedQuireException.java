package io.quire.data.core;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.UncategorizedDataAccessException;

/**
 * A Quire failure that fits no more specific {@code DataAccessException}, such as an
 * internal server error.
 */
public class UncategorizedQuireException extends UncategorizedDataAccessException {

	public UncategorizedQuireException(@Nullable String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
