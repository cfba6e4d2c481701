/**
 * Moving rows between files and a server: table export, batched parallel import, indexes,
 * progress.
 */
@NullMarked
package io.quire.tools.transfer;

import org.jspecify.annotations.NullMarked;
