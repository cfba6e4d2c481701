/**
 * The {@code rethinkdb} system database: one class per system table, registered in
 * {@link io.quire.engine.system.SystemDatabase} and read through the usual table terms.
 */
@NullMarked
package io.quire.engine.system;

import org.jspecify.annotations.NullMarked;
