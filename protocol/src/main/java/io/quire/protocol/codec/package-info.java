/**
 * Netty codec for query and response frames: an 8-byte little-endian token, a 4-byte
 * little-endian length and that many bytes of UTF-8 JSON.
 */
@NullMarked
package io.quire.protocol.codec;

import org.jspecify.annotations.NullMarked;
