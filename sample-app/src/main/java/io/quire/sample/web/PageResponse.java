package io.quire.sample.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a listing as JSON: the elements and where they sit in the whole.
 *
 * @param <T> the element type
 * @param content the elements on this page
 * @param page the zero-based page number
 * @param size the requested page size
 * @param totalElements the number of elements on all pages
 * @param totalPages the number of pages
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	/**
	 * The page with each element converted.
	 * @param <S> the stored element type
	 * @param <T> the element type in the response
	 * @param page the page read from a repository
	 * @param converter turns one stored element into its response form
	 * @return the response
	 */
	public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> converter) {
		List<T> content = page.getContent().stream().map(converter).toList();
		return new PageResponse<>(content, page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

}
