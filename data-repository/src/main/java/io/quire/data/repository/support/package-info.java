/**
 * Repository factory, factory bean and the default repository implementation.
 */
@NullMarked
package io.quire.data.repository.support;

import org.jspecify.annotations.NullMarked;
