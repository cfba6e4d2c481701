/**
 * The Netty transport (native epoll or NIO) that the server and the driver share.
 */
@NullMarked
package io.quire.protocol.transport;

import org.jspecify.annotations.NullMarked;
