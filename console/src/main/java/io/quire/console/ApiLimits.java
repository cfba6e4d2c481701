package io.quire.console;

/**
 * The driver port's limits, applied to the console API the same way: a query body is at
 * most one frame's size, and queries and results nest at most as deep.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects in a query or result
 * @param maxBodySize the largest query body, in bytes
 */
record ApiLimits(int maxNestingDepth, int maxBodySize) {
}
