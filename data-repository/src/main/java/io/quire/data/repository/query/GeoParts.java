package io.quire.data.repository.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.Operator;

import org.springframework.data.geo.Circle;
import org.springframework.data.geo.Distance;
import org.springframework.data.repository.query.Parameters;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * The arguments of {@code Near} and {@code Within} parts:
 * {@code findByLocationNear(Point,
 * Distance)} takes the distance that follows the point,
 * {@code findByLocationNear(Circle)} reads the circle as a center and a radius.
 */
final class GeoParts {

	private GeoParts() {
	}

	/** The {@code Near} parts whose point is followed by a {@code Distance} argument. */
	static Set<Part> nearWithDistance(PartTree tree, Parameters<?, ?> parameters) {
		Parameters<?, ?> bindable = parameters.getBindableParameters();
		Set<Part> flagged = Collections.newSetFromMap(new IdentityHashMap<>());
		int position = 0;
		List<Part> parts = tree.getParts().toList();
		for (Part part : parts) {
			if (takesDistance(part, bindable, position)) {
				flagged.add(part);
				position++;
			}
			position += part.getNumberOfArguments();
		}
		return flagged;
	}

	/**
	 * Whether the part is a {@code Near} whose argument at {@code position} has a
	 * distance after it.
	 */
	static boolean takesDistance(Part part, Parameters<?, ?> bindable, int position) {
		int next = position + 1;
		return part.getType() == Part.Type.NEAR && next < bindable.getNumberOfParameters()
				&& Distance.class.isAssignableFrom(bindable.getParameter(next).getType());
	}

	/** The condition of a geo part, taking its arguments. */
	static Criteria condition(Part part, Operator operator, Iterator<Object> parameters, boolean withDistance) {
		String path = part.getProperty().toDotPath();
		Object first = parameters.next();
		if (operator == Operator.WITHIN) {
			return new Criteria.Condition(path, operator, List.of(first), false);
		}
		@Nullable Object distance = withDistance ? parameters.next() : null;
		if (first instanceof Circle circle) {
			return near(path, circle.getCenter(), circle.getRadius());
		}
		return near(path, first, distance);
	}

	private static Criteria near(String path, @Nullable Object point, @Nullable Object distance) {
		List<@Nullable Object> values = new ArrayList<>(2);
		values.add(point);
		values.add(distance);
		return new Criteria.Condition(path, Operator.NEAR, values, false);
	}

}
