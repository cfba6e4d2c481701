package io.quire.data.test;

import java.util.List;

import io.quire.data.repository.QuireRepository;

import org.springframework.data.geo.Box;
import org.springframework.data.geo.Circle;
import org.springframework.data.geo.Distance;
import org.springframework.data.geo.Point;
import org.springframework.data.geo.Polygon;

/** Geospatial derived queries on {@link Place}. */
public interface PlaceRepository extends QuireRepository<Place, String> {

	List<Place> findByLocationNear(Point point, Distance maxDistance);

	List<Place> findByLocationNear(Point point);

	List<Place> findByLocationNearAndKind(Point point, Distance maxDistance, String kind);

	List<Place> findTop2ByLocationNear(Point point, Distance maxDistance);

	List<Place> findByLocationWithin(Circle circle);

	List<Place> findByLocationWithin(Box box);

	List<Place> findByLocationWithin(Polygon polygon);

	List<Place> findByEntranceWithin(Circle circle);

	List<Place> findByEntranceNear(Point point, Distance maxDistance);

}
