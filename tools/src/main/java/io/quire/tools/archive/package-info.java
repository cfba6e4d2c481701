/**
 * Dump archives: the {@code .tar.gz} layout of RethinkDB's {@code rethinkdb dump}.
 */
@NullMarked
package io.quire.tools.archive;

import org.jspecify.annotations.NullMarked;
