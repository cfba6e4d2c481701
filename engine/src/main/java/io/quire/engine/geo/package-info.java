/**
 * Geometry for ReQL: GeoJSON datums to and from JTS geometries, geodesics on reference
 * ellipsoids with GeographicLib, and the cell keys of geospatial indexes.
 */
@NullMarked
package io.quire.engine.geo;

import org.jspecify.annotations.NullMarked;
