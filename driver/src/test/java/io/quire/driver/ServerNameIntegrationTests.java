package io.quire.driver;

import java.util.Map;

import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

/** SERVER_INFO tells the server's live name, after a rename through server_config. */
class ServerNameIntegrationTests {

	private QuireServer server;

	@BeforeEach
	void startServer() {
		this.server = TestServers.start();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void serverInfoShouldReportTheNameAfterARename() {
		try (Connection connection = ConnectionFactory.create(TestServers.options(this.server).build()).connect()) {
			assertThat(connection.serverInfo().name()).isEqualTo("quire");
			r.db("rethinkdb").table("server_config").update(Map.of("name", "renamed")).runAtom(connection);
			ServerInfo info = connection.serverInfo();
			assertThat(info.name()).isEqualTo("renamed");
			assertThat(info.members()).extracting(ServerInfo.Member::name).containsExactly("renamed");
			assertThat(this.server.serverName()).isEqualTo("renamed");
		}
	}

}
