/**
 * Quire's Java driver: connection options, factories, connections, cursors and
 * exceptions.
 */
@NullMarked
package io.quire.driver;

import org.jspecify.annotations.NullMarked;
