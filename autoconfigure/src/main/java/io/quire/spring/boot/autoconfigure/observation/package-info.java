/**
 * Micrometer observations of Quire queries.
 */
@NullMarked
package io.quire.spring.boot.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
