package io.quire.bench.jmh;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import org.jspecify.annotations.Nullable;

/**
 * Connections that do nothing, HikariCP's {@code jdbc:stub} idea: a Quire
 * {@link ConnectionFactory} and a JDBC {@link DataSource} of the same shape, whose
 * connections are always open and valid, so that a pool benchmark measures the pool
 * alone.
 */
final class StubConnections {

	private StubConnections() {
	}

	/** A factory of stub Quire connections. */
	static ConnectionFactory quireFactory() {
		ConnectionOptions options = ConnectionOptions.defaults();
		return new ConnectionFactory() {

			@Override
			public io.quire.driver.Connection connect() {
				return stub(io.quire.driver.Connection.class, options);
			}

			@Override
			public CompletableFuture<io.quire.driver.Connection> connectAsync() {
				return CompletableFuture.completedFuture(connect());
			}

			@Override
			public ConnectionOptions options() {
				return options;
			}

		};
	}

	/** A data source of stub JDBC connections. */
	static DataSource jdbcDataSource() {
		return (DataSource) Proxy.newProxyInstance(StubConnections.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> method.getName().equals("getConnection")
						? stub(Connection.class, null) : defaultValue(method.getReturnType()));
	}

	private static <T> T stub(Class<T> type, @Nullable ConnectionOptions options) {
		Object stub = Proxy.newProxyInstance(StubConnections.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> switch (method.getName()) {
					case "isOpen", "isValid", "getAutoCommit" -> true;
					case "options" -> options;
					case "db" -> "test";
					case "getTransactionIsolation" -> Connection.TRANSACTION_READ_COMMITTED;
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == args[0];
					case "toString" -> "stub " + type.getSimpleName();
					default -> defaultValue(method.getReturnType());
				});
		return type.cast(stub);
	}

	private static @Nullable Object defaultValue(Class<?> type) {
		if (type == boolean.class) {
			return false;
		}
		if (type == int.class) {
			return 0;
		}
		if (type == long.class) {
			return 0L;
		}
		return null;
	}

}
