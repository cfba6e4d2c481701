package io.quire.engine.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quire.engine.QuerySession;
import io.quire.engine.datum.Datums;

/**
 * {@code current_issues}: problems the server knows of. A single server with its data
 * directory open has none of RethinkDB's issue kinds; a member of a replicated group
 * reports each member it has not heard from lately as RethinkDB's
 * {@code server_disconnected}, and each reachable member at least
 * {@link #LAGGING_ENTRIES} log entries behind as Quire's own {@code member_lagging} (not
 * critical: it catches up by itself, but cannot take over as primary meanwhile without a
 * wait).
 */
final class CurrentIssuesTable implements SystemTable {

	/** A reachable member this many committed entries behind is reported. */
	static final long LAGGING_ENTRIES = 1000;

	private final Members members;

	CurrentIssuesTable() {
		this(Members.NONE);
	}

	CurrentIssuesTable(Members members) {
		this.members = members;
	}

	@Override
	public String name() {
		return "current_issues";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		List<Member> group = this.members.list();
		String reporter = group.stream().filter(Member::self).map(Member::name).findFirst().orElse("");
		List<Map<String, Object>> issues = new ArrayList<>();
		for (Member member : group) {
			if (!member.reachable()) {
				issues.add(disconnected(member, reporter));
			}
			else if (member.lagEntries() >= LAGGING_ENTRIES) {
				issues.add(lagging(member, reporter));
			}
		}
		return issues;
	}

	private static Map<String, Object> disconnected(Member member, String reporter) {
		return Datums.object("critical", true, "description",
				"Server `" + member.name() + "` is disconnected from server `" + reporter + "`.", "id",
				id("server_disconnected", member), "info",
				Datums.object("disconnected_server", member.name(), "reporting_servers", List.of(reporter)), "type",
				"server_disconnected");
	}

	private static Map<String, Object> lagging(Member member, String reporter) {
		return Datums.object("critical", false, "description",
				"Server `" + member.name() + "` is " + member.lagEntries() + " log entries behind, as server `"
						+ reporter + "` knows.",
				"id", id("member_lagging", member), "info", Datums.object("lagging_server", member.name(),
						"entries_behind", (double) member.lagEntries(), "reporting_servers", List.of(reporter)),
				"type", "member_lagging");
	}

	private static String id(String type, Member member) {
		return UUID.nameUUIDFromBytes((type + ":" + member.id()).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
