/**
 * Changefeed listeners: methods annotated with
 * {@link io.quire.data.core.listener.QuireChangeListener}, each fed by its own feed while
 * the application context runs.
 */
@NullMarked
package io.quire.data.core.listener;

import org.jspecify.annotations.NullMarked;
