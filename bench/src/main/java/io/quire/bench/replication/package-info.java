/**
 * The replication numbers: replicated durable writes against a single server, and the
 * time a group takes to acknowledge writes again after its primary is killed.
 */
@NullMarked
package io.quire.bench.replication;

import org.jspecify.annotations.NullMarked;
