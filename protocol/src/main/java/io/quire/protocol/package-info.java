/**
 * What both ends of the RethinkDB V1_0 wire protocol share: the ql2 numbers and the
 * protocol magic numbers.
 */
@NullMarked
package io.quire.protocol;

import org.jspecify.annotations.NullMarked;
