package io.quire.data.repository.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.Operator;
import io.quire.data.core.query.QuireQuery;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Range;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.Parameters;
import org.springframework.data.repository.query.parser.AbstractQueryCreator;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * Turns a derived query method ({@code findByLastnameAndAgeGreaterThan}) into a
 * {@link QuireQuery}: one {@link Criteria.Condition} per part, joined with And and Or,
 * with the method's order, distinctness and result limit. An {@code Exists} part takes a
 * {@code boolean} argument when the method declares one in its place, as Spring Data
 * MongoDB reads {@code findByNicknameExists(boolean)}: {@code false} asks for the
 * documents without the field. {@code Near} takes a {@code Point} and, when the method
 * declares one next, a {@code Distance}; {@code Within} a {@code Circle}, {@code Box} or
 * {@code Polygon}.
 */
public class QuireQueryCreator extends AbstractQueryCreator<QuireQuery, Criteria> {

	private final PartTree tree;

	private final Set<Part> existsWithFlag;

	private final Set<Part> nearWithDistance;

	/**
	 * A creator for one call.
	 * @param tree the parsed method name
	 * @param accessor the call's arguments
	 * @param parameters the method's parameters, whose types tell which {@code Exists}
	 * parts take an argument
	 */
	public QuireQueryCreator(PartTree tree, ParameterAccessor accessor, Parameters<?, ?> parameters) {
		super(tree, accessor);
		this.tree = tree;
		this.existsWithFlag = existsWithFlag(tree, parameters);
		this.nearWithDistance = GeoParts.nearWithDistance(tree, parameters);
	}

	/**
	 * The {@code Exists} parts whose place in the argument list holds a {@code boolean}
	 * that no later part needs, walking the parts in the order they take their arguments.
	 */
	static Set<Part> existsWithFlag(PartTree tree, Parameters<?, ?> parameters) {
		Parameters<?, ?> bindable = parameters.getBindableParameters();
		List<Part> parts = tree.getParts().toList();
		Set<Part> flagged = Collections.newSetFromMap(new IdentityHashMap<>());
		int position = 0;
		for (int i = 0; i < parts.size(); i++) {
			Part part = parts.get(i);
			Class<?> next = (position < bindable.getNumberOfParameters()) ? bindable.getParameter(position).getType()
					: null;
			boolean flag = next == boolean.class || next == Boolean.class;
			if (part.getType() == Part.Type.EXISTS && flag && bindable.getNumberOfParameters() - position
					- 1 >= leastArguments(parts.subList(i + 1, parts.size()))) {
				flagged.add(part);
				position++;
			}
			else if (part.getType() != Part.Type.EXISTS) {
				boolean range = part.getType() == Part.Type.BETWEEN && next != null
						&& Range.class.isAssignableFrom(next);
				int distance = GeoParts.takesDistance(part, bindable, position) ? 1 : 0;
				position += (range ? 1 : part.getNumberOfArguments()) + distance;
			}
		}
		return flagged;
	}

	/**
	 * The fewest arguments the parts need: none for Exists, one for a Between on a Range.
	 */
	private static int leastArguments(List<Part> parts) {
		return parts.stream().mapToInt((part) -> switch (part.getType()) {
			case EXISTS -> 0;
			case BETWEEN -> 1;
			default -> part.getNumberOfArguments();
		}).sum();
	}

	@Override
	protected Criteria create(Part part, Iterator<Object> parameters) {
		if (this.existsWithFlag.contains(part)) {
			return exists(part, parameters.next());
		}
		Operator operator = operator(part);
		if (operator == Operator.NEAR || operator == Operator.WITHIN) {
			return GeoParts.condition(part, operator, parameters, this.nearWithDistance.contains(part));
		}
		if (operator == Operator.BETWEEN) {
			Object first = parameters.next();
			return (first instanceof Range<?> range) ? between(part, range)
					: condition(part, operator, List.of(first, parameters.next()));
		}
		List<@Nullable Object> values = new ArrayList<>(operator.arity());
		for (int i = 0; i < part.getNumberOfArguments(); i++) {
			values.add(value(part, parameters.next()));
		}
		if (part.getType() == Part.Type.SIMPLE_PROPERTY && values.get(0) == null) {
			return new Criteria.Condition(part.getProperty().toDotPath(), Operator.IS_NULL, List.of(), false);
		}
		return new Criteria.Condition(part.getProperty().toDotPath(), operator, values, ignoreCase(part));
	}

	/**
	 * A {@link Range} argument: each bound included or not, either one possibly
	 * unbounded.
	 */
	private Criteria between(Part part, Range<?> range) {
		List<Criteria> bounds = new ArrayList<>(2);
		range.getLowerBound()
			.getValue()
			.ifPresent((low) -> bounds.add(condition(part,
					range.getLowerBound().isInclusive() ? Operator.GREATER_THAN_OR_EQUAL : Operator.GREATER_THAN,
					List.of(low))));
		range.getUpperBound()
			.getValue()
			.ifPresent((high) -> bounds.add(condition(part,
					range.getUpperBound().isInclusive() ? Operator.LESS_THAN_OR_EQUAL : Operator.LESS_THAN,
					List.of(high))));
		if (bounds.isEmpty()) {
			return new Criteria.Condition(part.getProperty().toDotPath(), Operator.EXISTS, List.of(), false);
		}
		return (bounds.size() == 1) ? bounds.get(0) : new Criteria.And(bounds);
	}

	private static Criteria exists(Part part, @Nullable Object flag) {
		String path = part.getProperty().toDotPath();
		if (!(flag instanceof Boolean exists)) {
			throw new InvalidDataAccessApiUsageException("Exists on '" + path + "' needs true or false, not " + flag);
		}
		return Criteria.where(path).exists(exists);
	}

	private static Criteria condition(Part part, Operator operator, List<Object> values) {
		return new Criteria.Condition(part.getProperty().toDotPath(), operator, values, false);
	}

	@Override
	protected Criteria and(Part part, Criteria base, Iterator<Object> parameters) {
		return base.and(create(part, parameters));
	}

	@Override
	protected Criteria or(Criteria base, Criteria criteria) {
		return base.or(criteria);
	}

	@Override
	protected QuireQuery complete(@Nullable Criteria criteria, Sort sort) {
		QuireQuery query = QuireQuery.all().with(criteria).with(sort);
		if (this.tree.isDistinct()) {
			query = query.distinct();
		}
		Integer maxResults = this.tree.getMaxResults();
		return (maxResults != null) ? query.limit(maxResults) : query;
	}

	private static @Nullable Object value(Part part, @Nullable Object value) {
		if (value instanceof Pattern pattern) {
			return pattern.pattern();
		}
		boolean multiValued = part.getType() == Part.Type.IN || part.getType() == Part.Type.NOT_IN;
		if (multiValued && value != null && value.getClass().isArray()) {
			return List.of((Object[]) value);
		}
		if (multiValued && !(value instanceof Collection<?>) && value != null) {
			return List.of(value);
		}
		return value;
	}

	private static boolean ignoreCase(Part part) {
		boolean string = CharSequence.class.isAssignableFrom(part.getProperty().getLeafProperty().getType());
		return switch (part.shouldIgnoreCase()) {
			case NEVER -> false;
			case WHEN_POSSIBLE -> string;
			case ALWAYS -> {
				if (!string) {
					throw new InvalidDataAccessApiUsageException(
							"Cannot ignore case of " + part.getProperty().getLeafProperty().getType().getName() + "; '"
									+ part.getProperty().toDotPath() + "' must be a String");
				}
				yield true;
			}
		};
	}

	static Operator operator(Part part) {
		return switch (part.getType()) {
			case SIMPLE_PROPERTY -> Operator.EQUALS;
			case NEGATING_SIMPLE_PROPERTY -> Operator.NOT_EQUALS;
			case LESS_THAN, BEFORE -> Operator.LESS_THAN;
			case LESS_THAN_EQUAL -> Operator.LESS_THAN_OR_EQUAL;
			case GREATER_THAN, AFTER -> Operator.GREATER_THAN;
			case GREATER_THAN_EQUAL -> Operator.GREATER_THAN_OR_EQUAL;
			case BETWEEN -> Operator.BETWEEN;
			case IS_NULL -> Operator.IS_NULL;
			case IS_NOT_NULL -> Operator.IS_NOT_NULL;
			case LIKE -> Operator.LIKE;
			case NOT_LIKE -> Operator.NOT_LIKE;
			case STARTING_WITH -> Operator.STARTS_WITH;
			case ENDING_WITH -> Operator.ENDS_WITH;
			case CONTAINING -> Operator.CONTAINS;
			case NOT_CONTAINING -> Operator.NOT_CONTAINS;
			case IN -> Operator.IN;
			case NOT_IN -> Operator.NOT_IN;
			case TRUE -> Operator.IS_TRUE;
			case FALSE -> Operator.IS_FALSE;
			case REGEX -> Operator.MATCHES;
			case EXISTS -> Operator.EXISTS;
			case IS_EMPTY -> Operator.IS_EMPTY;
			case IS_NOT_EMPTY -> Operator.IS_NOT_EMPTY;
			case NEAR -> Operator.NEAR;
			case WITHIN -> Operator.WITHIN;
		};
	}

}
