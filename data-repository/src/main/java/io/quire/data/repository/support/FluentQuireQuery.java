package io.quire.data.repository.support;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.QuireOperations;
import io.quire.data.core.query.QuireQuery;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.FluentQuery.FetchableFluentQuery;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.util.Assert;

/**
 * The {@link FetchableFluentQuery} of {@code findBy(Example, ...)}: a {@link QuireQuery}
 * on the entity's table, refined by sort, limit and projected properties, with results
 * shown as the entity or through {@link ResultShaper} as a projection.
 *
 * @param <S> the entity type queried
 * @param <R> the type results are shown as
 */
final class FluentQuireQuery<S, R> implements FetchableFluentQuery<R> {

	private final QuireOperations operations;

	private final Class<S> domainType;

	private final QuireQuery query;

	private final ResultShaper<S, R> shaper;

	FluentQuireQuery(QuireOperations operations, Class<S> domainType, QuireQuery query, ResultShaper<S, R> shaper) {
		this.operations = operations;
		this.domainType = domainType;
		this.query = query;
		this.shaper = shaper;
	}

	@Override
	public FetchableFluentQuery<R> sortBy(Sort sort) {
		Assert.notNull(sort, "sort must not be null");
		return with(this.query.with(sort));
	}

	@Override
	public FetchableFluentQuery<R> limit(int limit) {
		Assert.isTrue(limit >= 0, "limit must not be negative");
		return with(this.query.limit(limit));
	}

	@Override
	public <N> FetchableFluentQuery<N> as(Class<N> resultType) {
		Assert.notNull(resultType, "resultType must not be null");
		return new FluentQuireQuery<>(this.operations, this.domainType, this.query, this.shaper.as(resultType));
	}

	@Override
	public FetchableFluentQuery<R> project(Collection<String> properties) {
		Assert.notNull(properties, "properties must not be null");
		return with(this.query.fields(new LinkedHashSet<>(properties)));
	}

	@Override
	public @Nullable R oneValue() {
		List<S> found = this.operations.find(this.query.limit(2), this.domainType);
		if (found.size() > 1) {
			throw new IncorrectResultSizeDataAccessException("Query by example found more than one result", 1,
					found.size());
		}
		return found.isEmpty() ? null : this.shaper.shape(found.get(0));
	}

	@Override
	public @Nullable R firstValue() {
		List<S> found = this.operations.find(this.query.limit(1), this.domainType);
		return found.isEmpty() ? null : this.shaper.shape(found.get(0));
	}

	@Override
	public List<R> all() {
		return this.operations.find(this.query, this.domainType).stream().map(this.shaper::shape).toList();
	}

	@Override
	public Page<R> page(Pageable pageable) {
		Assert.notNull(pageable, "pageable must not be null");
		List<R> content = this.operations.find(this.query.with(pageable), this.domainType)
			.stream()
			.map(this.shaper::shape)
			.toList();
		return PageableExecutionUtils.getPage(content, pageable, this::count);
	}

	@Override
	public Stream<R> stream() {
		return this.operations.stream(this.query, this.domainType).map(this.shaper::shape);
	}

	@Override
	public long count() {
		return this.operations.count(this.query.unlimited().fields(Set.of()), this.domainType);
	}

	@Override
	public boolean exists() {
		return this.operations.exists(this.query, this.domainType);
	}

	private FluentQuireQuery<S, R> with(QuireQuery next) {
		return new FluentQuireQuery<>(this.operations, this.domainType, next, this.shaper);
	}

}
