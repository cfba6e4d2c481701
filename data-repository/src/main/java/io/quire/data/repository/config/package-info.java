/**
 * Configuration of Quire repositories: the enable annotation, its registrar and
 * configuration extension.
 */
@NullMarked
package io.quire.data.repository.config;

import org.jspecify.annotations.NullMarked;
