/**
 * Netty transport, client handshake, response routing by token and the exception factory.
 */
@NullMarked
package io.quire.driver.internal;

import org.jspecify.annotations.NullMarked;
