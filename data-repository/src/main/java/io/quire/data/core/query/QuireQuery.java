package io.quire.data.core.query;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.Assert;

/**
 * A query on one table: an optional filter, an order, an offset and a limit, whether to
 * drop duplicates, and which properties to fetch. Immutable; each {@code with...} method
 * returns a copy.
 */
public final class QuireQuery {

	private static final QuireQuery ALL = new QuireQuery(null, Sort.unsorted(), 0, -1, false, Set.of());

	private final @Nullable Criteria criteria;

	private final Sort sort;

	private final long offset;

	private final int limit;

	private final boolean distinct;

	private final Set<String> fields;

	private QuireQuery(@Nullable Criteria criteria, Sort sort, long offset, int limit, boolean distinct,
			Set<String> fields) {
		this.criteria = criteria;
		this.sort = sort;
		this.offset = offset;
		this.limit = limit;
		this.distinct = distinct;
		this.fields = fields;
	}

	/** A query for every document. */
	public static QuireQuery all() {
		return ALL;
	}

	/** A query for the documents that meet the criteria. */
	public static QuireQuery query(Criteria criteria) {
		Assert.notNull(criteria, "criteria must not be null");
		return ALL.with(criteria);
	}

	public @Nullable Criteria getCriteria() {
		return this.criteria;
	}

	/** The order, in property paths. */
	public Sort getSort() {
		return this.sort;
	}

	/** How many matching documents to skip. */
	public long getOffset() {
		return this.offset;
	}

	/** The most documents to return, or {@code -1} for no limit. */
	public int getLimit() {
		return this.limit;
	}

	public boolean isLimited() {
		return this.limit >= 0;
	}

	public boolean isDistinct() {
		return this.distinct;
	}

	/** The property paths to fetch; empty to fetch whole documents. */
	public Set<String> getFields() {
		return this.fields;
	}

	public QuireQuery with(@Nullable Criteria criteria) {
		return new QuireQuery(criteria, this.sort, this.offset, this.limit, this.distinct, this.fields);
	}

	/** Adds the orders of the given sort after those already present. */
	public QuireQuery with(Sort sort) {
		Assert.notNull(sort, "sort must not be null");
		return new QuireQuery(this.criteria, this.sort.and(sort), this.offset, this.limit, this.distinct, this.fields);
	}

	/** Applies the page's offset, size and sort. */
	public QuireQuery with(Pageable pageable) {
		Assert.notNull(pageable, "pageable must not be null");
		if (pageable.isUnpaged()) {
			return with(pageable.getSort());
		}
		return with(pageable.getSort()).skip(pageable.getOffset()).limit(pageable.getPageSize());
	}

	/** Applies the limit, if it limits. */
	public QuireQuery with(Limit limit) {
		Assert.notNull(limit, "limit must not be null");
		return limit.isLimited() ? limit(Math.min(limit.max(), isLimited() ? this.limit : Integer.MAX_VALUE)) : this;
	}

	public QuireQuery skip(long offset) {
		Assert.isTrue(offset >= 0, "offset must not be negative");
		return new QuireQuery(this.criteria, this.sort, offset, this.limit, this.distinct, this.fields);
	}

	public QuireQuery limit(int limit) {
		Assert.isTrue(limit >= 0, "limit must not be negative");
		return new QuireQuery(this.criteria, this.sort, this.offset, limit, this.distinct, this.fields);
	}

	/** The same query without a limit. */
	public QuireQuery unlimited() {
		return new QuireQuery(this.criteria, this.sort, this.offset, -1, this.distinct, this.fields);
	}

	public QuireQuery distinct() {
		return new QuireQuery(this.criteria, this.sort, this.offset, this.limit, true, this.fields);
	}

	/** Fetches only the given property paths. */
	public QuireQuery fields(Set<String> propertyPaths) {
		Assert.notNull(propertyPaths, "propertyPaths must not be null");
		return new QuireQuery(this.criteria, this.sort, this.offset, this.limit, this.distinct,
				Set.copyOf(propertyPaths));
	}

	@Override
	public String toString() {
		return "QuireQuery[criteria=" + this.criteria + ", sort=" + this.sort + ", offset=" + this.offset + ", limit="
				+ this.limit + ", distinct=" + this.distinct + ", fields=" + this.fields + "]";
	}

}
