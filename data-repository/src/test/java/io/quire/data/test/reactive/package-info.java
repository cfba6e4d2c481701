/**
 * Reactive repositories of the test entities.
 */
@NullMarked
package io.quire.data.test.reactive;

import org.jspecify.annotations.NullMarked;
