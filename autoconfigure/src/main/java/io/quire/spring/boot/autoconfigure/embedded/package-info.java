/**
 * Auto-configuration that starts an embedded Quire engine before the application connects
 * to it.
 */
@NullMarked
package io.quire.spring.boot.autoconfigure.embedded;

import org.jspecify.annotations.NullMarked;
