/**
 * RethinkDB's pseudo-types (TIME, BINARY) between their JSON maps and Java values.
 */
@NullMarked
package io.quire.protocol.pseudo;

import org.jspecify.annotations.NullMarked;
