package io.quire.engine.net;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.quire.engine.QuireServer;
import io.quire.engine.datum.Printer;
import io.quire.protocol.ResponseType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.net.DriverServerIntegrationTests.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rethinkdb.jobs} over real sockets: it lists queries and connections with the
 * client's address, port and {@code application_name}; deleting a query's row ends that
 * query with an error, deleting a connection's row closes it.
 */
class JobsTableIntegrationTests {

	/** {@code r.range(1e12).count()}: hours of work. */
	private static final String ENDLESS_COUNT = "[1,[43,[[173,[1000000000000]]]],{}]";

	private static final String JOBS = "[15,[[14,[\"rethinkdb\"]],\"jobs\"]]";

	private QuireServer server;

	@BeforeEach
	void start() {
		this.server = QuireServer.builder().port(0).inMemory().build();
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private RawClient client(String applicationName, Socket socket) throws IOException {
		RawClient client = new RawClient(socket);
		client.handshake("admin", "", applicationName);
		return client;
	}

	/** The jobs of a type, read through another connection. */
	private List<?> jobs(RawClient reader, String type) throws IOException {
		reader.sendFrame(1, "[1,[39,[" + JOBS + ",{\"type\":\"" + type + "\"}]],{}]");
		return (List<?>) reader.readReply().body().get("r");
	}

	private Map<?, ?> awaitJob(RawClient reader, String type, String applicationName) throws Exception {
		AtomicReference<Map<?, ?>> found = new AtomicReference<>();
		awaitUntil(() -> {
			try {
				for (Object job : jobs(reader, type)) {
					Map<?, ?> info = (Map<?, ?>) ((Map<?, ?>) job).get("info");
					if (applicationName.equals(info.get("application_name"))) {
						found.set((Map<?, ?>) job);
						return true;
					}
				}
				return false;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return found.get();
	}

	private static String delete(Object id) {
		return "[1,[54,[[16,[" + JOBS + ",[2," + Printer.json(id) + "]]]]],{}]";
	}

	@Test
	void deletingAQueryJobEndsThatQueryWithAnError() throws Exception {
		Socket socket = new Socket("127.0.0.1", this.server.port());
		try (RawClient worker = client("billing", socket);
				RawClient admin = client("console", new Socket("127.0.0.1", this.server.port()))) {
			worker.sendFrame(7, ENDLESS_COUNT);
			Map<?, ?> job = awaitJob(admin, "query", "billing");
			Map<?, ?> info = (Map<?, ?>) job.get("info");
			assertThat(info.get("query")).isEqualTo("r.range(1000000000000).count()");
			assertThat(info.get("client_address")).isEqualTo("127.0.0.1");
			assertThat(((Number) info.get("client_port")).intValue()).isEqualTo(socket.getLocalPort());
			assertThat(info.get("user")).isEqualTo("admin");
			assertThat(job.get("servers")).isEqualTo(List.of("quire"));
			admin.sendFrame(2, delete(job.get("id")));
			assertThat(admin.readReply().text()).contains("\"deleted\":1");
			RawClient.Reply reply = worker.readReply();
			assertThat(reply.token()).isEqualTo(7);
			assertThat(reply.type()).isEqualTo(ResponseType.RUNTIME_ERROR.value());
			assertThat(reply.result(0)).isEqualTo("Query terminated by the `rethinkdb.jobs` table.");
		}
	}

	@Test
	void deletingAConnectionJobClosesThatConnection() throws Exception {
		try (RawClient idle = client("reports", new Socket("127.0.0.1", this.server.port()));
				RawClient admin = client("console", new Socket("127.0.0.1", this.server.port()))) {
			Map<?, ?> job = awaitJob(admin, "client_connection", "reports");
			assertThat(((Map<?, ?>) job.get("info")).get("user")).isEqualTo("admin");
			admin.sendFrame(2, delete(job.get("id")));
			assertThat(admin.readReply().text()).contains("\"deleted\":1");
			assertThat(idle.isClosedByServer()).isTrue();
			awaitUntil(() -> this.server.connections().size() == 1);
		}
	}

}
