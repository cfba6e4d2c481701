/**
 * The web console of a Quire server: its HTTP API under {@code /console/api} (sessions,
 * ReQL as the session's user, live statistics) and its browser pages.
 */
@NullMarked
package io.quire.console;

import org.jspecify.annotations.NullMarked;
