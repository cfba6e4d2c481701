/**
 * JSON as RethinkDB writes and reads it: plain Java values, integral numbers as JSON
 * integers.
 */
@NullMarked
package io.quire.protocol.json;

import org.jspecify.annotations.NullMarked;
