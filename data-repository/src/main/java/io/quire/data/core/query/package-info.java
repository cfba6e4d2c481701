/**
 * A store-neutral criteria model for queries and its rendering to ReQL.
 */
@NullMarked
package io.quire.data.core.query;

import org.jspecify.annotations.NullMarked;
