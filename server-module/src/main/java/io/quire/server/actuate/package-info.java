/**
 * Actuator support for the Quire server: health, info and Micrometer meters.
 */
@NullMarked
package io.quire.server.actuate;

import org.jspecify.annotations.NullMarked;
