package io.quire.data.core.query;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.query.Criteria.Condition;
import io.quire.driver.query.ReqlExpr;
import io.quire.driver.query.Table;
import io.quire.protocol.TermType;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.geo.Box;
import org.springframework.data.geo.Circle;
import org.springframework.data.geo.Distance;
import org.springframework.data.geo.Metrics;
import org.springframework.data.geo.Point;
import org.springframework.data.geo.Polygon;

import static io.quire.driver.Quire.r;

/**
 * The ReQL of {@code Near} and {@code Within} conditions: Spring Data's {@link Point}
 * ({@code x} the longitude, {@code y} the latitude), {@link Circle}, {@link Box} and
 * {@link Polygon} as ReQL geometries, and distances in meters on the WGS84 ellipsoid.
 * With a geospatial index they read {@code getNearest} and {@code getIntersecting};
 * without one they are filter predicates.
 */
final class GeoCriteria {

	/**
	 * The WGS84 equator radius, in meters: Spring Data's metrics give it in their unit.
	 */
	private static final double EARTH_RADIUS = 6378137.0;

	/** The farthest get_nearest reaches when no distance is given, in meters. */
	private static final double UNBOUNDED = 9_000_000.0;

	/** The most documents get_nearest returns: the default array limit. */
	private static final int MAX_RESULTS = 100_000;

	private GeoCriteria() {
	}

	/** Whether the condition is a geo test. */
	static boolean isGeo(Condition condition) {
		return condition.operator() == Operator.NEAR || condition.operator() == Operator.WITHIN;
	}

	/** The documents meeting the condition, read through the geospatial index. */
	static ReqlExpr read(Table table, Condition condition, String index, boolean multi) {
		if (condition.operator() == Operator.NEAR) {
			ReqlExpr nearest = r.term(TermType.GET_NEAREST, table, point(condition.value()))
				.optArg("index", index)
				.optArg("max_dist", maxMeters(condition))
				.optArg("max_results", MAX_RESULTS);
			return nearest.bracket("doc");
		}
		ReqlExpr intersecting = r.term(TermType.GET_INTERSECTING, table, shape(condition.value()))
			.optArg("index", index);
		return multi ? intersecting.distinct() : intersecting;
	}

	/** The condition as a predicate on a geometry value. */
	static ReqlExpr test(Condition condition, ReqlExpr geometry) {
		if (condition.operator() == Operator.NEAR) {
			ReqlExpr distance = r.term(TermType.DISTANCE, geometry, point(condition.value()));
			return r.branch(geometry.typeOf().eq("PTYPE<GEOMETRY>"), distance.le(maxMeters(condition)), false);
		}
		return r.branch(geometry.typeOf().eq("PTYPE<GEOMETRY>"),
				r.term(TermType.INCLUDES, shape(condition.value()), geometry), false);
	}

	private static double maxMeters(Condition condition) {
		Object distance = condition.values().get(1);
		return (distance instanceof Distance bound) ? meters(bound) : UNBOUNDED;
	}

	/** A distance in meters; a neutral distance is taken to be in meters. */
	static double meters(Distance distance) {
		if (distance.getMetric() == Metrics.NEUTRAL) {
			return distance.getValue();
		}
		return distance.getValue() * EARTH_RADIUS / distance.getMetric().getMultiplier();
	}

	static ReqlExpr point(@Nullable Object value) {
		if (value instanceof Point point) {
			return r.term(TermType.POINT, point.getX(), point.getY());
		}
		throw new InvalidDataAccessApiUsageException("Near needs a Point, not " + value);
	}

	static ReqlExpr shape(@Nullable Object value) {
		if (value instanceof Circle circle) {
			return r.term(TermType.CIRCLE, point(circle.getCenter()), meters(circle.getRadius()));
		}
		if (value instanceof Box box) {
			Point low = box.getFirst();
			Point high = box.getSecond();
			return polygon(List.of(low, new Point(high.getX(), low.getY()), high, new Point(low.getX(), high.getY())));
		}
		if (value instanceof Polygon polygon) {
			return polygon(polygon.getPoints());
		}
		throw new InvalidDataAccessApiUsageException("Within needs a Circle, Box or Polygon, not " + value);
	}

	private static ReqlExpr polygon(List<Point> points) {
		List<Object> vertices = new ArrayList<>();
		points.forEach((point) -> vertices.add(point(point)));
		return r.term(TermType.POLYGON, vertices.toArray());
	}

}
