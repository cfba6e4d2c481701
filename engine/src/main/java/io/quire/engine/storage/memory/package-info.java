/**
 * An in-memory {@link io.quire.engine.storage.Storage} for tests and embedding, with
 * multi-version entries so that snapshots stay consistent while writes go on.
 */
@NullMarked
package io.quire.engine.storage.memory;

import org.jspecify.annotations.NullMarked;
