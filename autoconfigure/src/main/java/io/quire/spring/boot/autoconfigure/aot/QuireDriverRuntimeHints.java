package io.quire.spring.boot.autoconfigure.aot;

import io.quire.driver.pool.PooledConnection;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * What the Quire driver reaches by reflection, registered here because the driver itself
 * knows nothing of Spring: the fields behind the pool's {@code VarHandle}s and the Netty
 * channel classes (NIO, or epoll when asked for) its bootstrap instantiates reflectively.
 */
class QuireDriverRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.reflection()
			.registerType(TypeReference.of("io.quire.driver.pool.PoolEntry"), (type) -> type.withField("state"))
			.registerType(PooledConnection.class, (type) -> type.withField("returned"))
			.registerType(TypeReference.of("io.netty.channel.socket.nio.NioSocketChannel"),
					MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS)
			.registerType(TypeReference.of("io.netty.channel.epoll.EpollSocketChannel"),
					MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
	}

}
