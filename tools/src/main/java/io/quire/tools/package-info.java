/**
 * The {@code quire} command: dump, restore, import and export, compatible with
 * RethinkDB's tools.
 */
@NullMarked
package io.quire.tools;

import org.jspecify.annotations.NullMarked;
