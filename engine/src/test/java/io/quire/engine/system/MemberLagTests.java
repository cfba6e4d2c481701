package io.quire.engine.system;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quire.engine.QuerySession;
import io.quire.engine.query.MemoryCatalog;
import io.quire.engine.query.RunningQueries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's lag in {@code server_status} and, when a reachable member is far behind,
 * Quire's {@code member_lagging} issue in {@code current_issues}.
 */
class MemberLagTests {

	private static final Instant STARTED = Instant.parse("2026-01-01T00:00:00Z");

	private static final QuerySession ADMIN = new QuerySession("admin", 1, "127.0.0.1:5000");

	private final UUID ownId = UUID.randomUUID();

	private final Member self = new Member(this.ownId, "n1", "primary", "127.0.0.1", 29001, 28015, true, true, 0, 0);

	private final Member behind = new Member(UUID.randomUUID(), "n2", "standby", "127.0.0.1", 29002, 28016, true, false,
			CurrentIssuesTable.LAGGING_ENTRIES, 40);

	private final Member unknown = new Member(UUID.randomUUID(), "n3", "standby", "127.0.0.1", 29003, 28017, false,
			false, -1, -1);

	private final ServerState server = new ServerState(this.ownId, "rethinkdb 2.4.4", STARTED, new MemoryCatalog(),
			new ServerLog(), new RunningQueries(), new QueryActivity(),
			() -> List.of(this.self, this.behind, this.unknown));

	@Test
	void serverStatusShouldShowEntriesBehindAndTimeSinceHeardOrNullWhenUnknown() {
		List<Map<String, Object>> rows = new ServerStatusTable(this.server, ServerNetwork.none(STARTED)).rows(ADMIN);
		assertThat(rows).extracting((row) -> row.get("lag"))
			.containsExactly(lag(0.0, 0.0), lag((double) CurrentIssuesTable.LAGGING_ENTRIES, 40.0), lag(null, null));
	}

	private static Map<String, Object> lag(Double entries, Double heard) {
		Map<String, Object> lag = new java.util.HashMap<>();
		lag.put("entries", entries);
		lag.put("since_heard_ms", heard);
		return lag;
	}

	@Test
	@SuppressWarnings("unchecked")
	void currentIssuesShouldReportAReachableMemberFarBehindAsLagging() {
		List<Map<String, Object>> issues = new CurrentIssuesTable(this.server.members()).rows(ADMIN);
		assertThat(issues).extracting((issue) -> issue.get("type"))
			.containsExactly("member_lagging", "server_disconnected");
		Map<String, Object> lagging = issues.get(0);
		assertThat(lagging).containsEntry("critical", false);
		assertThat((Map<String, Object>) lagging.get("info")).containsEntry("lagging_server", "n2")
			.containsEntry("entries_behind", (double) CurrentIssuesTable.LAGGING_ENTRIES)
			.containsEntry("reporting_servers", List.of("n1"));
	}

	@Test
	void currentIssuesShouldNotReportAMemberJustBelowTheThreshold() {
		Member close = new Member(this.behind.id(), "n2", "standby", "127.0.0.1", 29002, 28016, true, false,
				CurrentIssuesTable.LAGGING_ENTRIES - 1, 40);
		assertThat(new CurrentIssuesTable(() -> List.of(this.self, close)).rows(ADMIN)).isEmpty();
	}

}
