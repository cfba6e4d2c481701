/**
 * Spring configuration support for Quire: auditing.
 */
@NullMarked
package io.quire.data.config;

import org.jspecify.annotations.NullMarked;
