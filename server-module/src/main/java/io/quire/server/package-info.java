/**
 * The Quire engine as an executable Spring Boot application: configuration, lifecycle and
 * start-up diagnostics.
 */
@NullMarked
package io.quire.server;

import org.jspecify.annotations.NullMarked;
