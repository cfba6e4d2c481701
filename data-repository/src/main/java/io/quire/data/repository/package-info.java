/**
 * Quire repositories: the base repository interface and the query annotation.
 */
@NullMarked
package io.quire.data.repository;

import org.jspecify.annotations.NullMarked;
