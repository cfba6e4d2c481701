package io.quire.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.net.Connection;
import io.quire.engine.query.ReqlTester;
import io.quire.protocol.Version;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.GroupTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three {@link QuireServer}s forming a group on loopback: the handshake's hello carries
 * each member's role, SERVER_INFO names every member so drivers learn them, and the admin
 * password the group's first primary set works on every member.
 */
class ClusteredServerIntegrationTests {

	private static final String PASSWORD = "s3cret";

	@TempDir
	Path directory;

	private final List<ClusterOptions.Peer> peers = new ArrayList<>();

	private final List<QuireServer> servers = new ArrayList<>();

	@BeforeEach
	void startGroup() throws IOException {
		for (int i = 1; i <= 3; i++) {
			this.peers.add(new ClusterOptions.Peer("n" + i, "127.0.0.1", LoopbackPorts.next(), LoopbackPorts.next()));
		}
		for (ClusterOptions.Peer peer : this.peers) {
			QuireServer server = QuireServer.builder()
				.bindAddress("127.0.0.1")
				.port(peer.driverPort())
				.dataDirectory(this.directory.resolve(peer.id()))
				.serverName(peer.id())
				.initialPassword(PASSWORD)
				.cluster(GroupTestSupport.member(peer.id(), this.peers))
				.build();
			server.start();
			this.servers.add(server);
		}
	}

	@AfterEach
	void stopGroup() {
		this.servers.forEach(QuireServer::close);
	}

	@Test
	void serverInfoShouldListEveryMemberWithItsDriverPortAndRole() {
		for (QuireServer server : this.servers) {
			await(() -> roles(server).contains("primary"));
			List<Map<String, Object>> members = members(server);
			assertThat(members).extracting((member) -> member.get("port"))
				.containsExactlyElementsOf(this.peers.stream().map(ClusterOptions.Peer::driverPort).toList());
			assertThat(members).extracting((member) -> member.get("name")).containsExactly("n1", "n2", "n3");
			assertThat(members).extracting((member) -> member.get("id"))
				.doesNotContainNull()
				.doesNotHaveDuplicates()
				.contains(server.serverId().toString());
			assertThat(members).filteredOn((member) -> member.get("id").equals(server.serverId().toString()))
				.extracting((member) -> member.get("reachable"))
				.containsExactly(true);
			assertThat(roles(server)).containsOnlyOnce("primary");
		}
	}

	@Test
	void adminPasswordFromTheFirstPrimaryShouldWorkOnEveryMember() {
		for (QuireServer server : this.servers) {
			await(() -> server.engine().users().account("admin") != null);
			try (Connection connection = RethinkDB.r.connection()
				.hostname("127.0.0.1")
				.port(server.port())
				.user("admin", PASSWORD)
				.connect()) {
				assertThat((Object) RethinkDB.r.expr(1).run(connection, Long.class).single()).isEqualTo(1L);
			}
		}
	}

	@SuppressWarnings("unchecked")
	@Test
	void handshakeHelloShouldCarryEachMembersRoleAndWhetherItRefusesWrites() throws IOException {
		await(() -> this.servers.stream().filter((server) -> server.engine().role().equals("primary")).count() == 1);
		for (QuireServer server : this.servers) {
			String role = server.engine().role();
			Map<String, Object> hello = hello(server.port());
			assertThat(hello).containsEntry("role", role)
				.containsEntry("read_only", !role.equals("primary"))
				.containsEntry("success", true);
		}
	}

	/** The server's first message after the V1_0 magic number. */
	private static Map<String, Object> hello(int port) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(Version.V1_0).array());
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream message = new ByteArrayOutputStream();
			for (int next = in.read(); next > 0; next = in.read()) {
				message.write(next);
			}
			return ReqlTester.parse(message.toString(StandardCharsets.UTF_8));
		}
	}

	private static List<Map<String, Object>> members(QuireServer server) {
		return (List<Map<String, Object>>) server.serverInfo().get("members");
	}

	private static List<Object> roles(QuireServer server) {
		return members(server).stream().map((member) -> member.get("role")).toList();
	}

}
