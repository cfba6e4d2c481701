package io.quire.engine.system;

import java.util.List;
import java.util.Map;

import io.quire.engine.QuerySession;

/**
 * {@code current_issues}: problems the server knows of. A single server with its data
 * directory open has none of RethinkDB's issue kinds.
 */
final class CurrentIssuesTable implements SystemTable {

	@Override
	public String name() {
		return "current_issues";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		return List.of();
	}

}
