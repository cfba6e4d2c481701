/**
 * Ahead-of-time and native-image support: runtime hints of Quire's Spring Data support.
 */
@NullMarked
package io.quire.data.aot;

import org.jspecify.annotations.NullMarked;
