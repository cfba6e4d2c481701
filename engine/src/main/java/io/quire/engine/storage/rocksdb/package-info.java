/**
 * The on-disk {@link io.quire.engine.storage.Storage} on RocksDB: one column family per
 * keyspace, write-ahead log on, synced writes grouped into one commit.
 */
@NullMarked
package io.quire.engine.storage.rocksdb;

import org.jspecify.annotations.NullMarked;
