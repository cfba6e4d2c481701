package io.quire.data.core;

import io.quire.driver.Connection;

/**
 * Work with a driver {@link Connection} for anything the template has no method for. The
 * connection is borrowed for the duration of the callback; do not close it.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ConnectionCallback<T> {

	T doInConnection(Connection connection);

}
