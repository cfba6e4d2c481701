package io.quire.tools.testing;

import java.util.List;
import java.util.Map;

import io.quire.driver.query.ReqlAst;
import io.quire.driver.query.ReqlExpr;
import io.quire.driver.query.Table;
import io.quire.protocol.TermType;

import static io.quire.driver.Quire.r;

/** Geospatial queries the driver's builder has no method for, built from their terms. */
public final class GeoQueries extends ReqlExpr {

	private GeoQueries(TermType type, List<ReqlAst> args) {
		super(type, args, Map.of());
	}

	/** {@code table.getIntersecting(r.point(longitude, latitude), {index})}. */
	public static ReqlExpr intersecting(Table table, String index, double longitude, double latitude) {
		ReqlExpr point = new GeoQueries(TermType.POINT, List.of(r.expr(longitude), r.expr(latitude)));
		return new GeoQueries(TermType.GET_INTERSECTING, List.of(table, point)).optArg("index", index);
	}

}
