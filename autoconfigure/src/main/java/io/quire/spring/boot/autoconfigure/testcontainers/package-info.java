/**
 * Testcontainers support: a Quire server container and its {@code @ServiceConnection}
 * details.
 */
@NullMarked
package io.quire.spring.boot.autoconfigure.testcontainers;

import org.jspecify.annotations.NullMarked;
