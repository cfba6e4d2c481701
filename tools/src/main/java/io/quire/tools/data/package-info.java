/**
 * Rows in files: JSON and CSV readers and writers, table metadata and index function
 * blobs.
 */
@NullMarked
package io.quire.tools.data;

import org.jspecify.annotations.NullMarked;
