/**
 * Actuator health contributors that check a Quire server with one cheap round trip.
 */
@NullMarked
package io.quire.spring.boot.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
