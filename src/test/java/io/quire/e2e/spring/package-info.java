/**
 * A small Spring Boot application on the starter, for the end-to-end tests of the Spring
 * features against the server jar.
 */
@NullMarked
package io.quire.e2e.spring;

import org.jspecify.annotations.NullMarked;
