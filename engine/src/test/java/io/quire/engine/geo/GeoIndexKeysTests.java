package io.quire.engine.geo;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import static org.assertj.core.api.Assertions.assertThat;

/** The cell keys of the geo index never miss a geometry that meets the query. */
class GeoIndexKeysTests {

	private static boolean found(List<String> keys, List<GeoIndexKeys.TokenRange> ranges) {
		for (String key : keys) {
			for (GeoIndexKeys.TokenRange range : ranges) {
				boolean inside = range.exact() ? key.equals(range.from())
						: key.compareTo(range.from()) >= 0 && key.compareTo(range.to()) < 0;
				if (inside) {
					return true;
				}
			}
		}
		return false;
	}

	private static Geometry point(double lon, double lat) {
		return GeoJson.parse(GeoJson.point(new Coordinate(lon, lat)));
	}

	@Test
	void everyPointInsideACircleShouldBeInItsSearchRanges() {
		Geometry circle = GeoJson
			.parse(GeoJson.polygon(Circles.circle(new Coordinate(0.3, -0.2), 80000, 32, GeoSystem.WGS84)));
		List<GeoIndexKeys.TokenRange> ranges = GeoIndexKeys.search(circle);
		Random random = new Random(1);
		int inside = 0;
		for (int i = 0; i < 5000; i++) {
			Geometry point = point(random.nextDouble() * 4 - 2, random.nextDouble() * 4 - 2);
			if (circle.intersects(point)) {
				inside++;
				assertThat(found(GeoIndexKeys.keys(point), ranges)).as(point.toText()).isTrue();
			}
		}
		assertThat(inside).isGreaterThan(100);
	}

	@Test
	void polygonsThatMeetShouldShareNestedCells() {
		Geometry square = GeoJson.parse(GeoJson.datum("Polygon", List.of(List.of(List.of(0.0, 0.0), List.of(1.0, 0.0),
				List.of(1.0, 1.0), List.of(0.0, 1.0), List.of(0.0, 0.0)))));
		Geometry line = GeoJson
			.parse(Map.of("type", "LineString", "coordinates", List.of(List.of(0.5, 0.5), List.of(30.0, 40.0))));
		assertThat(found(GeoIndexKeys.keys(square), GeoIndexKeys.search(line))).isTrue();
		assertThat(found(GeoIndexKeys.keys(line), GeoIndexKeys.search(square))).isTrue();
		assertThat(found(GeoIndexKeys.keys(point(-120, 45)), GeoIndexKeys.search(square))).isFalse();
	}

}
