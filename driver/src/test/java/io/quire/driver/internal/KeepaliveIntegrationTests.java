package io.quire.driver.internal;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import io.quire.driver.ClientResources;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.KeepaliveOptions;
import io.quire.driver.QuireAutoReconnectException;
import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import io.quire.protocol.transport.Transport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class KeepaliveIntegrationTests {

	private static QuireServer server;

	@BeforeAll
	static void startServer() {
		server = TestServers.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	private static ConnectionChannel connect(KeepaliveOptions keepalive) {
		ConnectionOptions options = TestServers.options(server).keepalive(keepalive).build();
		return new ChannelConnector(options, ClientResources.shared())
			.connect(options.hosts().get(0), false, () -> new QuireAutoReconnectException("closed"))
			.join();
	}

	@Test
	void keepaliveShouldBeOnByDefault() {
		ConnectionChannel channel = connect(KeepaliveOptions.defaults());
		assertThat(channel.channel().config().getOption(ChannelOption.SO_KEEPALIVE)).isTrue();
		channel.close().join();
	}

	@Test
	void keepalivesZeroShouldTurnItOff() {
		ConnectionChannel channel = connect(KeepaliveOptions.disabled());
		assertThat(channel.channel().config().getOption(ChannelOption.SO_KEEPALIVE)).isFalse();
		channel.close().join();
	}

	@Test
	void keepaliveTimingsShouldReachTheSocket() {
		Transport transport = Transport.current();
		assumeTrue(transport.keepaliveIdle() != null, "the sockets cannot tune keepalive here");
		ConnectionChannel channel = connect(
				new KeepaliveOptions(true, Duration.ofSeconds(42), Duration.ofSeconds(7), 3));
		assertThat(channel.channel()).isInstanceOf(transport.socketChannel());
		var config = channel.channel().config();
		assertThat(config.getOption(transport.keepaliveIdle())).isEqualTo(42);
		assertThat(config.getOption(transport.keepaliveInterval())).isEqualTo(7);
		assertThat(config.getOption(transport.keepaliveCount())).isEqualTo(3);
		channel.close().join();
	}

}
