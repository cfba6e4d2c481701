package io.quire.engine.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quire.engine.QuerySession;
import io.quire.engine.datum.Datums;

/**
 * {@code current_issues}: problems the server knows of. A single server with its data
 * directory open has none of RethinkDB's issue kinds; a member of a replicated group
 * reports each member it has not heard from lately as RethinkDB's
 * {@code server_disconnected}.
 */
final class CurrentIssuesTable implements SystemTable {

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
		return group.stream()
			.filter((member) -> !member.reachable())
			.map((member) -> disconnected(member, reporter))
			.toList();
	}

	private static Map<String, Object> disconnected(Member member, String reporter) {
		UUID id = UUID.nameUUIDFromBytes(("server_disconnected:" + member.id()).getBytes(StandardCharsets.UTF_8));
		return Datums.object("critical", true, "description",
				"Server `" + member.name() + "` is disconnected from server `" + reporter + "`.", "id", id.toString(),
				"info", Datums.object("disconnected_server", member.name(), "reporting_servers", List.of(reporter)),
				"type", "server_disconnected");
	}

}
