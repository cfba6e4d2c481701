/**
 * The geospatial benchmark: get_intersecting and get_nearest on a geo index against a
 * full-scan filter.
 */
@NullMarked
package io.quire.bench.geo;

import org.jspecify.annotations.NullMarked;
