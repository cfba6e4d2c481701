/**
 * A pool of driver connections that is itself a connection factory.
 */
@NullMarked
package io.quire.driver.pool;

import org.jspecify.annotations.NullMarked;
