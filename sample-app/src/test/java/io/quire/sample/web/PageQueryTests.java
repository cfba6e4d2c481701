package io.quire.sample.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageQueryTests {

	private static final Set<String> SORTABLE = Set.of("title", "published");

	@Test
	void toPageableShouldKeepPageSizeAndSortEntriesInOrder() {
		Pageable pageable = new PageQuery(2, 5, List.of("published,desc", "title")).toPageable(SORTABLE);
		assertThat(pageable.getPageNumber()).isEqualTo(2);
		assertThat(pageable.getPageSize()).isEqualTo(5);
		assertThat(pageable.getSort()).containsExactly(Sort.Order.desc("published"), Sort.Order.asc("title"));
	}

	@Test
	void directionShouldBeCaseInsensitive() {
		Pageable pageable = new PageQuery(0, 5, List.of("title,DESC")).toPageable(SORTABLE);
		assertThat(pageable.getSort()).containsExactly(Sort.Order.desc("title"));
	}

	@Test
	void negativePageShouldBeRejected() {
		assertThatExceptionOfType(InvalidPageQueryException.class).isThrownBy(() -> new PageQuery(-1, 5, List.of()))
			.satisfies((ex) -> assertThat(ex.getBody().getProperties()).containsEntry("parameter", "page"));
	}

	@Test
	void sizeOutsideOneToMaxShouldBeRejected() {
		assertThatExceptionOfType(InvalidPageQueryException.class).isThrownBy(() -> new PageQuery(0, 0, List.of()));
		assertThatExceptionOfType(InvalidPageQueryException.class)
			.isThrownBy(() -> new PageQuery(0, PageQuery.MAX_SIZE + 1, List.of()))
			.withMessageContaining("size must be between 1 and 100");
	}

	@Test
	void sortOnAnUnlistedPropertyShouldNameTheSortableOnes() {
		PageQuery query = new PageQuery(0, 5, List.of("isbn"));
		assertThatExceptionOfType(InvalidPageQueryException.class).isThrownBy(() -> query.toPageable(SORTABLE))
			.satisfies((ex) -> assertThat(ex.getBody().getDetail())
				.isEqualTo("cannot sort on 'isbn'; sortable properties are published, title"));
	}

	@Test
	void sortWithAnUnknownDirectionShouldBeRejected() {
		PageQuery query = new PageQuery(0, 5, List.of("title,sideways"));
		assertThatExceptionOfType(InvalidPageQueryException.class).isThrownBy(() -> query.toPageable(SORTABLE))
			.satisfies((ex) -> assertThat(ex.getBody().getDetail()).contains("'asc' or 'desc'"));
	}

	@Test
	void sortWithTooManyPartsShouldBeRejected() {
		PageQuery query = new PageQuery(0, 5, List.of("title,asc,published"));
		assertThatExceptionOfType(InvalidPageQueryException.class).isThrownBy(() -> query.toPageable(SORTABLE));
	}

}
