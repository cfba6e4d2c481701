package io.quire.data.repository;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quire.data.test.Place;
import io.quire.data.test.PlaceRepository;
import io.quire.data.test.QueryTerms;
import io.quire.data.test.RecordingConnectionFactory;
import io.quire.data.test.RepositoryTestConfiguration;
import io.quire.protocol.TermType;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.geo.Box;
import org.springframework.data.geo.Circle;
import org.springframework.data.geo.Distance;
import org.springframework.data.geo.Metrics;
import org.springframework.data.geo.Point;
import org.springframework.data.geo.Polygon;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Near} and {@code Within} derived queries on a real Spring context and an
 * embedded server: on an {@code @Indexed} {@code Point} they read the geospatial index
 * (GET_NEAREST, GET_INTERSECTING, no FILTER); on an unindexed one they filter.
 */
class GeoQueryIntegrationTests {

	private static final Point TRAFALGAR = new Point(-0.1281, 51.5080);

	private static AnnotationConfigApplicationContext context;

	private static PlaceRepository repository;

	private static RecordingConnectionFactory queries;

	@BeforeAll
	static void createContext() {
		context = new AnnotationConfigApplicationContext(RepositoryTestConfiguration.class);
		repository = context.getBean(PlaceRepository.class);
		queries = context.getBean(RecordingConnectionFactory.class);
	}

	@AfterAll
	static void closeContext() {
		context.close();
	}

	@BeforeEach
	void insertPlaces() {
		repository.deleteAll();
		repository.insert(List.of(new Place("National Gallery", "museum", -0.1283, 51.5089),
				new Place("British Museum", "museum", -0.1270, 51.5194),
				new Place("Big Ben", "tower", -0.1246, 51.5007), new Place("Eiffel Tower", "tower", 2.2945, 48.8584),
				new Place("Louvre", "museum", 2.3376, 48.8606)));
		queries.clear();
	}

	private static List<String> names(List<Place> places) {
		return places.stream().map(Place::getName).toList();
	}

	private static List<TermType> lastTerms() {
		return QueryTerms.of(queries.lastQuery()).types();
	}

	@Test
	void pointsShouldBeStoredAsGeometriesAndReadBack() {
		Place gallery = repository.findByLocationNear(TRAFALGAR, new Distance(200, Metrics.KILOMETERS)).get(0);
		assertThat(gallery.getLocation()).isEqualTo(new Point(-0.1283, 51.5089));
	}

	@Test
	void nearShouldReadTheGeoIndexNearestFirst() {
		List<Place> near = repository.findByLocationNear(TRAFALGAR, new Distance(2, Metrics.KILOMETERS));
		assertThat(names(near)).containsExactly("National Gallery", "Big Ben", "British Museum");
		assertThat(lastTerms()).contains(TermType.GET_NEAREST).doesNotContain(TermType.FILTER);
		assertThat(QueryTerms.of(queries.lastQuery()).optArgs(TermType.GET_NEAREST)).containsEntry("index", "location");
	}

	@Test
	void nearWithoutADistanceShouldListEveryPlaceByDistance() {
		assertThat(names(repository.findByLocationNear(new Point(2.3, 48.86)))).containsExactly("Eiffel Tower",
				"Louvre", "Big Ben", "National Gallery", "British Museum");
	}

	@Test
	void nearShouldFilterTheOtherConditionsAndHonourTheLimit() {
		assertThat(
				names(repository.findByLocationNearAndKind(TRAFALGAR, new Distance(500, Metrics.KILOMETERS), "museum")))
			.containsExactly("National Gallery", "British Museum", "Louvre");
		assertThat(lastTerms()).contains(TermType.GET_NEAREST, TermType.FILTER);
		assertThat(names(repository.findTop2ByLocationNear(TRAFALGAR, new Distance(1, Metrics.MILES))))
			.containsExactly("National Gallery", "Big Ben");
	}

	@Test
	void withinShouldReadTheGeoIndexForCirclesBoxesAndPolygons() {
		assertThat(names(repository.findByLocationWithin(new Circle(TRAFALGAR, new Distance(1.0, Metrics.KILOMETERS)))))
			.containsExactlyInAnyOrder("National Gallery", "Big Ben");
		assertThat(lastTerms()).contains(TermType.GET_INTERSECTING, TermType.CIRCLE).doesNotContain(TermType.FILTER);
		assertThat(names(repository.findByLocationWithin(new Box(new Point(2.0, 48.0), new Point(3.0, 49.0)))))
			.containsExactlyInAnyOrder("Eiffel Tower", "Louvre");
		assertThat(lastTerms()).contains(TermType.GET_INTERSECTING, TermType.POLYGON);
		Polygon triangle = new Polygon(new Point(-0.3, 51.45), new Point(0.1, 51.45), new Point(-0.13, 51.515));
		assertThat(names(repository.findByLocationWithin(triangle))).containsExactlyInAnyOrder("National Gallery",
				"Big Ben");
	}

	@Test
	void unindexedPointsShouldBeFiltered() {
		assertThat(names(repository.findByEntranceWithin(new Circle(TRAFALGAR, new Distance(1.0, Metrics.KILOMETERS)))))
			.containsExactlyInAnyOrder("National Gallery", "Big Ben");
		assertThat(lastTerms()).contains(TermType.FILTER).doesNotContain(TermType.GET_INTERSECTING);
		assertThat(names(repository.findByEntranceNear(TRAFALGAR, new Distance(1, Metrics.KILOMETERS))))
			.containsExactlyInAnyOrder("National Gallery", "Big Ben");
	}

}
