/**
 * The picocli commands and their shared options.
 */
@NullMarked
package io.quire.tools.cli;

import org.jspecify.annotations.NullMarked;
