package io.quire.engine.system;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quire.engine.catalog.ChangeListener;

/**
 * The open changefeeds on one server's system tables. A write through a system table and
 * a configuration change (DDL, grants, index changes) make every feed compare its rows at
 * once, in the writer's thread, so a feed sees each change in order and none waits for
 * the next poll; changes nothing tells of (status, statistics, other members) are found
 * by the poll.
 */
final class SystemFeeds {

	private final Set<SystemFeed> open = ConcurrentHashMap.newKeySet();

	/** Starts a feed on the view with its rows as they are now. */
	SystemFeed start(SystemView view, ChangeListener listener, List<Map<String, Object>> rows) {
		SystemFeed feed = SystemFeed.start(view, listener, rows, this.open::remove);
		this.open.add(feed);
		return feed;
	}

	/** Lets every open feed tell what changed since it last looked. */
	void refresh() {
		this.open.forEach(SystemFeed::poll);
	}

}
