/**
 * What both ends of the RethinkDB V1_0 wire protocol share: the ql2 numbers.
 */
@NullMarked
package io.quire.protocol;

import org.jspecify.annotations.NullMarked;
