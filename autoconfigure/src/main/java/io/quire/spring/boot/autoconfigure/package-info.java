/**
 * Spring Boot auto-configuration that turns {@code quire.*} properties into a pooled
 * Quire {@code ConnectionFactory}.
 */
@NullMarked
package io.quire.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
