/**
 * The template, its operations interface and the translation of driver exceptions to
 * Spring's DataAccessException hierarchy.
 */
@NullMarked
package io.quire.data.core;

import org.jspecify.annotations.NullMarked;
