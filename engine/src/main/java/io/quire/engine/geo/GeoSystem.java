package io.quire.engine.geo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;

/**
 * A reference ellipsoid and its geodesics, computed by GeographicLib (Karney's
 * algorithms, the ones RethinkDB uses).
 *
 * @param equatorRadius the equator radius {@code a} in meters
 * @param flattening the flattening {@code f}
 */
public record GeoSystem(double equatorRadius, double flattening) {

	/** The WGS84 ellipsoid, the default. */
	public static final GeoSystem WGS84 = new GeoSystem(6378137.0, 1.0 / 298.257223563);

	/** A sphere of radius 1. */
	public static final GeoSystem UNIT_SPHERE = new GeoSystem(1.0, 0.0);

	private static final Map<GeoSystem, Geodesic> GEODESICS = new ConcurrentHashMap<>();

	private Geodesic geodesic() {
		if (this.equals(WGS84)) {
			return Geodesic.WGS84;
		}
		return GEODESICS.computeIfAbsent(this, (system) -> new Geodesic(system.equatorRadius, system.flattening));
	}

	/** The radius at the poles. */
	public double polesRadius() {
		return this.equatorRadius * (1.0 - this.flattening);
	}

	/** A quarter of the circumference along the minor axis: the largest circle radius. */
	public double maxRadius() {
		return 0.5 * Math.PI * Math.min(this.equatorRadius, polesRadius());
	}

	/** How much longer the longer axis is than the shorter one. */
	double distortion() {
		return Math.max(this.equatorRadius, polesRadius()) / Math.min(this.equatorRadius, polesRadius());
	}

	/** The geodesic distance in meters between two (longitude, latitude) points. */
	public double distance(Coordinate from, Coordinate to) {
		return geodesic().Inverse(from.y, from.x, to.y, to.x).s12;
	}

	/**
	 * The point at {@code distance} meters from {@code from} along {@code azimuth}
	 * degrees.
	 */
	Coordinate destination(Coordinate from, double azimuth, double distance) {
		GeodesicData data = geodesic().Direct(from.y, from.x, azimuth, distance);
		return new Coordinate(data.lon2 + 0.0, data.lat2 + 0.0);
	}

}
