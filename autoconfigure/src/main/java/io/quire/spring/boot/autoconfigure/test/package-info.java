/**
 * The {@code @DataQuireTest} slice for repository tests on the embedded engine.
 */
@NullMarked
package io.quire.spring.boot.autoconfigure.test;

import org.jspecify.annotations.NullMarked;
