package io.quire.data.repository.support;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.quire.data.core.ReactiveQuireOperations;
import io.quire.data.core.query.QuireQuery;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.FluentQuery.ReactiveFluentQuery;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.util.Assert;

/**
 * The {@link ReactiveFluentQuery} of {@code findBy(Example, ...)}: the reactive
 * counterpart of {@link FluentQuireQuery}, a {@link QuireQuery} refined by sort, limit
 * and projected properties, run by {@link ReactiveQuireOperations}.
 *
 * @param <S> the entity type queried
 * @param <R> the type results are shown as
 */
final class ReactiveFluentQuireQuery<S, R> implements ReactiveFluentQuery<R> {

	private final ReactiveQuireOperations operations;

	private final Class<S> domainType;

	private final QuireQuery query;

	private final ResultShaper<S, R> shaper;

	ReactiveFluentQuireQuery(ReactiveQuireOperations operations, Class<S> domainType, QuireQuery query,
			ResultShaper<S, R> shaper) {
		this.operations = operations;
		this.domainType = domainType;
		this.query = query;
		this.shaper = shaper;
	}

	@Override
	public ReactiveFluentQuery<R> sortBy(Sort sort) {
		Assert.notNull(sort, "sort must not be null");
		return with(this.query.with(sort));
	}

	@Override
	public ReactiveFluentQuery<R> limit(int limit) {
		Assert.isTrue(limit >= 0, "limit must not be negative");
		return with(this.query.limit(limit));
	}

	@Override
	public <N> ReactiveFluentQuery<N> as(Class<N> resultType) {
		Assert.notNull(resultType, "resultType must not be null");
		return new ReactiveFluentQuireQuery<>(this.operations, this.domainType, this.query, this.shaper.as(resultType));
	}

	@Override
	public ReactiveFluentQuery<R> project(Collection<String> properties) {
		Assert.notNull(properties, "properties must not be null");
		return with(this.query.fields(new LinkedHashSet<>(properties)));
	}

	@Override
	public Mono<R> one() {
		return this.operations.find(this.query.limit(2), this.domainType).collectList().flatMap((found) -> {
			if (found.size() > 1) {
				return Mono.error(new IncorrectResultSizeDataAccessException(
						"Query by example found more than one result", 1, found.size()));
			}
			return found.isEmpty() ? Mono.empty() : Mono.just(this.shaper.shape(found.get(0)));
		});
	}

	@Override
	public Mono<R> first() {
		return this.operations.find(this.query.limit(1), this.domainType).next().map(this.shaper::shape);
	}

	@Override
	public Flux<R> all() {
		return this.operations.find(this.query, this.domainType).map(this.shaper::shape);
	}

	/** The page, with a count query only when its content does not tell the total. */
	@Override
	public Mono<Page<R>> page(Pageable pageable) {
		Assert.notNull(pageable, "pageable must not be null");
		return this.operations.find(this.query.with(pageable), this.domainType)
			.map(this.shaper::shape)
			.collectList()
			.flatMap((content) -> page(content, pageable));
	}

	private Mono<Page<R>> page(List<R> content, Pageable pageable) {
		AtomicBoolean countNeeded = new AtomicBoolean();
		Page<R> page = PageableExecutionUtils.getPage(content, pageable, () -> {
			countNeeded.set(true);
			return 0L;
		});
		return countNeeded.get() ? count().map((total) -> new PageImpl<>(content, pageable, total)) : Mono.just(page);
	}

	@Override
	public Mono<Long> count() {
		return this.operations.count(this.query.unlimited().fields(Set.of()), this.domainType);
	}

	@Override
	public Mono<Boolean> exists() {
		return this.operations.exists(this.query, this.domainType);
	}

	private ReactiveFluentQuireQuery<S, R> with(QuireQuery next) {
		return new ReactiveFluentQuireQuery<>(this.operations, this.domainType, next, this.shaper);
	}

}
