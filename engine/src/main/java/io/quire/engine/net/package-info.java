/**
 * The driver port: the Netty server, its pipeline, the V1_0 handshake and query dispatch;
 * the only package of the engine that sees Netty.
 */
@NullMarked
package io.quire.engine.net;

import org.jspecify.annotations.NullMarked;
