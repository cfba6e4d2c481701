package io.quire.data.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.convert.QuireConverter;
import io.quire.data.core.mapping.QuirePersistentEntity;
import io.quire.data.core.query.Criteria.Condition;
import io.quire.driver.query.ReqlExpr;
import io.quire.driver.query.ReqlFunction1;
import io.quire.driver.query.Table;

import org.springframework.data.domain.Sort;
import org.springframework.util.Assert;

import static io.quire.driver.Quire.r;

/**
 * Renders a {@link QuireQuery} as ReQL on a table. When the criteria test the primary key
 * or an {@code @Indexed} field for equality (or membership in a list), the documents are
 * read with {@code getAll} on that index and only the other tests are applied with
 * {@code filter}; a range test on an indexed field uses {@code between}. Otherwise the
 * table is scanned with {@code filter}. A {@code Near} or {@code Within} condition on a
 * field with a geospatial index reads {@code getNearest} (nearest first) or
 * {@code getIntersecting}. Which secondary indexes exist is the caller's knowledge: the
 * methods without a {@code usableIndex} argument assume every {@code @Indexed} index
 * exists and is ready.
 */
public class QueryRenderer {

	private final PropertyPathMapper paths;

	private final CriteriaRenderer criteria;

	private final QuireConverter converter;

	public QueryRenderer(QuireConverter converter) {
		Assert.notNull(converter, "converter must not be null");
		this.converter = converter;
		this.paths = new PropertyPathMapper(converter.getMappingContext());
		this.criteria = new CriteriaRenderer(this.paths, converter);
	}

	/** The documents of the query: selected, projected, ordered, skipped and limited. */
	public ReqlExpr find(Table table, QuirePersistentEntity<?> entity, QuireQuery query) {
		return find(table, entity, query, (index) -> true);
	}

	/**
	 * The documents of the query, reading only through the secondary indexes that
	 * {@code usableIndex} accepts by name.
	 */
	public ReqlExpr find(Table table, QuirePersistentEntity<?> entity, QuireQuery query,
			Predicate<String> usableIndex) {
		ReqlExpr documents = select(table, entity, query.getCriteria(), usableIndex);
		// Distinct rows are the plucked ones, sorted afterwards (distinct loses order);
		// otherwise sort first, so a sort key need not be among the fields.
		boolean pluckFirst = query.isDistinct() && !query.getFields().isEmpty();
		documents = pluckFirst ? documents.pluck(pluckSpec(query.getFields(), entity)).distinct() : documents;
		if (query.getSort().isSorted()) {
			documents = documents.orderBy(orders(query.getSort(), entity));
		}
		if (!pluckFirst && !query.getFields().isEmpty()) {
			documents = documents.pluck(pluckSpec(query.getFields(), entity));
		}
		documents = (query.getOffset() > 0) ? documents.skip(query.getOffset()) : documents;
		return query.isLimited() ? documents.limit(query.getLimit()) : documents;
	}

	/**
	 * The documents meeting the criteria, in no particular order; the whole table for
	 * {@code null}.
	 */
	public ReqlExpr select(Table table, QuirePersistentEntity<?> entity, @Nullable Criteria criteria) {
		return select(table, entity, criteria, (index) -> true);
	}

	/**
	 * The documents meeting the criteria, reading only through the secondary indexes that
	 * {@code usableIndex} accepts by name.
	 */
	public ReqlExpr select(Table table, QuirePersistentEntity<?> entity, @Nullable Criteria criteria,
			Predicate<String> usableIndex) {
		if (criteria == null) {
			return table;
		}
		if (criteria instanceof Criteria.Reql reql) {
			return table.filter(reql.predicate());
		}
		List<Criteria> parts = (criteria instanceof Criteria.And and) ? and.parts() : List.of(criteria);
		Function<Condition, FieldPath> pathOf = (condition) -> this.paths.map(condition.propertyPath(), entity);
		List<Criteria> rest = new ArrayList<>(parts);
		Condition geo = geoIndexed(parts, pathOf, usableIndex);
		IndexAccess access = (geo != null) ? null : IndexAccess.choose(parts, pathOf, usableIndex);
		ReqlExpr documents = table;
		if (geo != null) {
			FieldPath path = pathOf.apply(geo);
			documents = GeoCriteria.read(table, geo, path.index(), path.collection());
			rest.remove(geo);
		}
		else if (access != null) {
			documents = access.read(table, this.converter, entity.getIdFieldName());
			rest.remove(access.condition());
		}
		if (rest.isEmpty()) {
			return documents;
		}
		Criteria remaining = (rest.size() == 1) ? rest.get(0) : new Criteria.And(rest);
		return documents.filter((ReqlFunction1) (row) -> predicate(remaining, entity, row));
	}

	/**
	 * The first {@code Near} or {@code Within} condition whose field has a usable
	 * (geospatial) index; a {@code Near} comes first, since it orders the documents.
	 */
	private static @Nullable Condition geoIndexed(List<Criteria> parts, Function<Condition, FieldPath> paths,
			Predicate<String> usableIndex) {
		Condition found = null;
		for (Criteria part : parts) {
			if (part instanceof Condition condition && GeoCriteria.isGeo(condition)) {
				FieldPath path = paths.apply(condition);
				boolean usable = path.index() != null && path.arrayHops().isEmpty() && usableIndex.test(path.index());
				boolean better = found == null
						|| (found.operator() != Operator.NEAR && condition.operator() == Operator.NEAR);
				if (usable && better) {
					found = condition;
				}
			}
		}
		return found;
	}

	/** The criteria as a predicate on the given document. */
	public ReqlExpr predicate(Criteria criteria, QuirePersistentEntity<?> entity, ReqlExpr document) {
		return this.criteria.render(criteria, entity, document);
	}

	/** The document field names of a property path, applying {@code @Field} names. */
	public List<String> fieldNames(String propertyPath, QuirePersistentEntity<?> entity) {
		return this.paths.map(propertyPath, entity).fields();
	}

	private Object[] orders(Sort sort, QuirePersistentEntity<?> entity) {
		List<Object> orders = new ArrayList<>();
		for (Sort.Order order : sort) {
			List<String> fields = fieldNames(order.getProperty(), entity);
			boolean ignoreCase = order.isIgnoreCase();
			ReqlFunction1 key = (row) -> sortKey(CriteriaRenderer.field(row, fields).default_(null), ignoreCase);
			orders.add(order.isAscending() ? r.asc(key) : r.desc(key));
		}
		return orders.toArray();
	}

	private static ReqlExpr sortKey(ReqlExpr value, boolean ignoreCase) {
		return ignoreCase ? r.branch(value.typeOf().eq("STRING"), value.downcase(), value) : value;
	}

	private Map<String, Object> pluckSpec(Collection<String> propertyPaths, QuirePersistentEntity<?> entity) {
		Map<String, Object> spec = new LinkedHashMap<>();
		for (String propertyPath : propertyPaths) {
			addToSpec(spec, fieldNames(propertyPath, entity));
		}
		return spec;
	}

	@SuppressWarnings("unchecked")
	private static void addToSpec(Map<String, Object> spec, List<String> fields) {
		Map<String, Object> level = spec;
		for (int i = 0; i < fields.size() - 1; i++) {
			Object next = level.get(fields.get(i));
			if (next == Boolean.TRUE) {
				return;
			}
			level = (Map<String, Object>) level.computeIfAbsent(fields.get(i), (key) -> new LinkedHashMap<>());
		}
		level.put(fields.get(fields.size() - 1), true);
	}

	/** Whether the condition's values, once converted, are usable as index keys. */
	static boolean isKeyLookup(Condition condition) {
		return !condition.ignoreCase() && switch (condition.operator()) {
			case EQUALS -> condition.value() != null;
			case IN -> condition.value() instanceof Collection<?> keys && !keys.isEmpty();
			default -> false;
		};
	}

}
