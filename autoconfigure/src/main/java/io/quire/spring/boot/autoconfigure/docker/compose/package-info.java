/**
 * Spring Boot Docker Compose support: service connections to Quire servers in
 * {@code compose.yaml}.
 */
@NullMarked
package io.quire.spring.boot.autoconfigure.docker.compose;

import org.jspecify.annotations.NullMarked;
