package io.quire.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A member whose Raft port another process holds must fail to open with the port in the
 * message, and leave the JVM running: Ratis on its own ends the JVM when it cannot bind.
 */
class RaftPortInUseIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void openingAMemberOnABusyRaftPortShouldFailWithThePortAndKeepTheJvm() throws IOException {
		try (ServerSocket holder = new ServerSocket(LoopbackPorts.next(), 1, InetAddress.getLoopbackAddress())) {
			int port = holder.getLocalPort();
			ClusterOptions.Peer peer = new ClusterOptions.Peer("n1", "127.0.0.1", port, LoopbackPorts.next());
			ClusterOptions options = GroupTestSupport.member("n1", List.of(peer));
			assertThatIllegalStateException()
				.isThrownBy(() -> Engine.open(this.directory.resolve("n1"), "n1", options, TestGroup.PASSWORD))
				.withMessageContaining("Cannot start Raft member n1 on 127.0.0.1:" + port);
		}
		// the failed member released its store: the same directory opens again
		ClusterOptions.Peer peer = new ClusterOptions.Peer("n1", "127.0.0.1", LoopbackPorts.next(),
				LoopbackPorts.next());
		try (Engine engine = Engine.open(this.directory.resolve("n1"), "n1",
				GroupTestSupport.member("n1", List.of(peer)), TestGroup.PASSWORD)) {
			assertThat(engine.role()).isIn("primary", "standby");
		}
	}

}
