/**
 * RethinkDB 2.4's binary form of stored ReQL functions, as {@code index_status} and
 * {@code get_write_hook} return them and {@code index_create} and {@code set_write_hook}
 * take them back, so dumps move between Quire and RethinkDB.
 */
@NullMarked
package io.quire.engine.function;

import org.jspecify.annotations.NullMarked;
