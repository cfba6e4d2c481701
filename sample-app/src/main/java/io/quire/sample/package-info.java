/**
 * A small Spring Boot web application that keeps books in Quire.
 */
@NullMarked
package io.quire.sample;

import org.jspecify.annotations.NullMarked;
