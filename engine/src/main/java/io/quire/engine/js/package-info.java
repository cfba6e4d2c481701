/**
 * Server-side JavaScript for {@code r.js}: a sandboxed, interpreted Rhino engine with
 * only ECMAScript's built-in objects, bounded by a deadline and an allocation budget, and
 * RethinkDB's conversions between JavaScript values and datums.
 */
@NullMarked
package io.quire.engine.js;

import org.jspecify.annotations.NullMarked;
