/**
 * Auto-configuration for Quire's Spring Data support: the template and the repositories.
 */
@NullMarked
package io.quire.spring.boot.autoconfigure.data;

import org.jspecify.annotations.NullMarked;
