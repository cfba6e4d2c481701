package io.quire.engine.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quire.engine.ConnectionInfo;
import io.quire.engine.QuerySession;
import io.quire.engine.query.MemoryCatalog;
import io.quire.engine.query.ReqlTester;
import io.quire.engine.query.RunningQueries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobsTableTests {

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:10Z");

	private final RunningQueries queries = new RunningQueries();

	private final ServerState server = new ServerState(UUID.randomUUID(), "rethinkdb 2.4.4", NOW, new MemoryCatalog(),
			new ServerLog(), this.queries, new QueryActivity());

	private final ClientConnections connections = new ClientConnections() {

		@Override
		public List<ConnectionInfo> list() {
			return List.of(new ConnectionInfo(1, "10.0.0.1:5000", "alice", "billing", NOW.minusSeconds(4)),
					new ConnectionInfo(2, "10.0.0.2:6000", "bob", null, NOW.minusSeconds(2)));
		}

		@Override
		public boolean close(long connectionId) {
			return true;
		}

	};

	private final JobsTable jobs = new JobsTable(this.server, this.connections, Clock.fixed(NOW, ZoneOffset.UTC));

	private static QuerySession session(String user, long connection) {
		return new QuerySession(user, connection, "10.0.0." + connection + ":" + (4000 + connection * 1000));
	}

	@Test
	void aUserOtherThanAdminSeesOnlyItsOwnJobs() {
		this.queries.start(session("alice", 1), 1, ReqlTester.parse("[59,[]]"));
		this.queries.start(session("bob", 2), 1, ReqlTester.parse("[59,[]]"));
		assertThat(this.jobs.rows(session("bob", 2))).hasSize(2)
			.allSatisfy((row) -> assertThat(info(row)).containsEntry("user", "bob"));
		assertThat(this.jobs.rows(session("admin", 3))).hasSize(4);
	}

	@Test
	void connectionRowsShowTheApplicationAndHowLongTheyHaveBeenOpen() {
		Map<String, Object> alice = this.jobs.rows(session("alice", 1)).get(0);
		assertThat(alice).containsEntry("type", "client_connection").containsEntry("duration_sec", 4.0);
		assertThat(info(alice)).containsEntry("application_name", "billing")
			.containsEntry("client_address", "10.0.0.1")
			.containsEntry("client_port", 5000.0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> info(Map<String, Object> row) {
		return (Map<String, Object>) row.get("info");
	}

}
