/**
 * Spring configuration support for Quire: auditing, blocking and reactive.
 */
@NullMarked
package io.quire.data.config;

import org.jspecify.annotations.NullMarked;
