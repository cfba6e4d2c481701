/**
 * The embeddable Quire engine: {@link io.quire.engine.QuireServer} serves the RethinkDB
 * wire protocol, {@link io.quire.engine.Engine} gives storage, catalog and evaluator
 * without a network.
 */
@NullMarked
package io.quire.engine;

import org.jspecify.annotations.NullMarked;
