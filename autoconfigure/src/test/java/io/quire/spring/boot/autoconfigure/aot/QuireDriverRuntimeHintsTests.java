package io.quire.spring.boot.autoconfigure.aot;

import io.quire.driver.pool.PooledConnection;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;

import static org.assertj.core.api.Assertions.assertThat;

class QuireDriverRuntimeHintsTests {

	@Test
	void registeredRegistrarShouldCoverThePoolsVarHandlesAndTheNettyChannels() throws Exception {
		RuntimeHints hints = new RuntimeHints();
		AotServices.factories()
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, getClass().getClassLoader()));
		assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(PooledConnection.class, "returned"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onFieldAccess(Class.forName("io.quire.driver.pool.PoolEntry").getDeclaredField("state"))).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(TypeReference.of("io.netty.channel.socket.nio.NioSocketChannel"))).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(TypeReference.of("io.netty.channel.epoll.EpollSocketChannel"))).accepts(hints);
	}

}
