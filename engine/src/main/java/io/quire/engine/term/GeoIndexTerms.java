package io.quire.engine.term;

import java.util.ArrayList;
import java.util.List;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.IndexDefinition;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.engine.geo.DistanceUnit;
import io.quire.engine.geo.GeoSystem;
import io.quire.protocol.TermType;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Reading geospatial indexes: GET_INTERSECTING (a selection, usable with {@code changes})
 * and GET_NEAREST (an array of {@code {dist, doc}} by distance).
 */
final class GeoIndexTerms {

	private static final double DEFAULT_MAX_DIST = 100_000;

	private static final long DEFAULT_MAX_RESULTS = 100;

	private GeoIndexTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.GET_INTERSECTING)
			.args(2)
			.optargs("index")
			.nondeterministic()
			.is(GeoIndexTerms::getIntersecting);
		specs.term(TermType.GET_NEAREST)
			.args(2)
			.optargs("index", "max_results", "max_dist", "geo_system", "unit")
			.nondeterministic()
			.is(GeoIndexTerms::getNearest);
	}

	private static Object getIntersecting(Call call) {
		Table table = SelectionTerms.table(call, 0).table();
		GeoIndexReader reader = reader(call, table, "get_intersecting");
		Geometry query = GeoArgs.geometry(call, 1);
		Stream stream = new Stream(reader.intersecting(query), null, table, false);
		return stream.withMembers((document) -> reader.matches(document, query) > 0);
	}

	private static Object getNearest(Call call) {
		Table table = SelectionTerms.table(call, 0).table();
		GeoIndexReader reader = reader(call, table, "get_nearest");
		Coordinate center = GeoArgs.point(call, 1);
		GeoSystem system = GeoArgs.system(call);
		DistanceUnit unit = GeoArgs.unit(call);
		double maxDist = maxDist(call, unit);
		long maxResults = maxResults(call);
		List<Object> results = new ArrayList<>();
		for (GeoNearest.Near near : new GeoNearest(reader, system).nearest(center, maxDist, maxResults)) {
			results.add(Datums.object("dist", unit.fromMeters(near.meters()), "doc", near.document()));
		}
		return call.context().checkArray(results);
	}

	private static double maxDist(Call call, DistanceUnit unit) {
		if (!call.has("max_dist")) {
			return DEFAULT_MAX_DIST;
		}
		double meters = unit.toMeters(Types.number(call.opt("max_dist", null)));
		if (!(meters > 0.0)) {
			throw QueryException.queryLogic("max_dist must be positive.").withFrame("max_dist");
		}
		return meters;
	}

	private static long maxResults(Call call) {
		if (!call.has("max_results")) {
			return DEFAULT_MAX_RESULTS;
		}
		long maxResults = Types.integer(call.opt("max_results", null));
		if (maxResults <= 0) {
			throw QueryException.queryLogic("max_results must be positive.").withFrame("max_results");
		}
		return maxResults;
	}

	/**
	 * The reader of the {@code index} optarg's geospatial index, with RethinkDB's checks.
	 */
	private static GeoIndexReader reader(Call call, Table table, String term) {
		String index = call.optString("index");
		if (index == null) {
			throw QueryException.queryLogic(term + " requires an index argument.");
		}
		if (index.equals(table.primaryKey())) {
			throw QueryException.queryLogic(term + " cannot use the primary index.");
		}
		IndexDefinition definition = IndexFunctions.definition(table, index);
		if (!definition.geo()) {
			throw QueryException.queryLogic("Index `" + index + "` is not a geospatial index.  " + term
					+ " can only be used with a geospatial index.");
		}
		return new GeoIndexReader(table, definition);
	}

}
