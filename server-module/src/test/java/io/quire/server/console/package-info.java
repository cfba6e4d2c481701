/**
 * Tests of the web console's API as the server serves it.
 */
@NullMarked
package io.quire.server.console;

import org.jspecify.annotations.NullMarked;
