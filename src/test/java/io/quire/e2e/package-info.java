/**
 * End-to-end tests that run Quire as separate processes and talk to it like users do.
 */
@NullMarked
package io.quire.e2e;

import org.jspecify.annotations.NullMarked;
