/**
 * Ahead-of-time and native-image support: runtime hints of the Quire driver.
 */
@NullMarked
package io.quire.spring.boot.autoconfigure.aot;

import org.jspecify.annotations.NullMarked;
