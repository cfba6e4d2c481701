/**
 * Replication on Apache Ratis: the Raft state machine that applies log entries to the
 * local store, the storage decorator that turns writes into entries, and roles. The only
 * package that imports Ratis.
 */
@NullMarked
package io.quire.engine.cluster;

import org.jspecify.annotations.NullMarked;
