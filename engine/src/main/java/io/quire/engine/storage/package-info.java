/**
 * The storage SPI: an ordered key-value store with named keyspaces, atomic write batches
 * and consistent snapshots, implemented on RocksDB and in memory.
 */
@NullMarked
package io.quire.engine.storage;

import org.jspecify.annotations.NullMarked;
