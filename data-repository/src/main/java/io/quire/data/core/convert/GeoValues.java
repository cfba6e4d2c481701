package io.quire.data.core.convert;

import java.util.List;
import java.util.Map;

import org.springframework.data.geo.Point;
import org.springframework.data.mapping.MappingException;

/**
 * Conversion of Spring Data's {@link Point} to and from a Quire GEOMETRY (a GeoJSON
 * Point): {@code x} is the longitude and {@code y} the latitude, as GeoJSON orders them.
 */
final class GeoValues {

	private GeoValues() {
	}

	static Map<String, Object> toGeometry(Point point) {
		return Map.of(TimeValues.REQL_TYPE, "GEOMETRY", "type", "Point", "coordinates",
				List.of(point.getX(), point.getY()));
	}

	static Point fromGeometry(Object value) {
		if (value instanceof Point point) {
			return point;
		}
		if (value instanceof Map<?, ?> geometry && "Point".equals(geometry.get("type"))
				&& geometry.get("coordinates") instanceof List<?> coordinates && coordinates.size() == 2
				&& coordinates.get(0) instanceof Number x && coordinates.get(1) instanceof Number y) {
			return new Point(x.doubleValue(), y.doubleValue());
		}
		throw new MappingException("Cannot read " + value + " as a Point");
	}

}
