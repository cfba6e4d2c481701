package io.quire.engine.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.quire.engine.ClusterOptions;
import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.MemberConfigs;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.engine.storage.DocumentCodec;
import org.jspecify.annotations.Nullable;

/**
 * {@code server_config}: the one row of this server, {@code {id, name, tags,
 * cache_size_mb}}. {@code name}, {@code tags} and {@code cache_size_mb} ({@code "auto"}
 * or a number of megabytes) are writable and kept durably; a single server's row cannot
 * be inserted or deleted. A member of a replicated group shows a row per member, kept in
 * the store they share ({@link MemberConfigs}; a member never changed is named by its
 * node id, or its own name) and changed on the primary for any member; there, inserting
 * {@code {name, host, raft_port, driver_port}} adds a member to the group and deleting a
 * row removes that member.
 */
final class ServerConfigTable implements SystemTable {

	private static final String KEY = "server/config";

	private final ServerState server;

	ServerConfigTable(ServerState server) {
		this.server = server;
	}

	@Override
	public String name() {
		return "server_config";
	}

	@Override
	public List<Map<String, Object>> rows(QuerySession caller) {
		return rows();
	}

	private List<Map<String, Object>> rows() {
		List<Member> members = this.server.members().list();
		if (members.isEmpty()) {
			return List.of(ownRow());
		}
		return members.stream().map(this::memberRow).toList();
	}

	/** How many servers carry each tag: every member of a group, or this server. */
	Map<String, Long> tagCounts() {
		return countTags(rows());
	}

	/** The tag counts of a server without a group, from its catalog alone. */
	static Map<String, Long> tagCounts(Catalog catalog) {
		return countTags(List.of(stored(catalog)));
	}

	private static Map<String, Long> countTags(List<Map<String, Object>> rows) {
		Map<String, Long> counts = new HashMap<>();
		for (Map<String, Object> row : rows) {
			if (row.get("tags") instanceof List<?> tags) {
				tags.stream().map(String::valueOf).distinct().forEach((tag) -> counts.merge(tag, 1L, Long::sum));
			}
		}
		return counts;
	}

	private Map<String, Object> ownRow() {
		Map<String, Object> stored = stored(this.server);
		return Datums.object("cache_size_mb", stored.get("cache_size_mb"), "id", this.server.id().toString(), "name",
				this.server.catalog().serverName(), "tags", stored.get("tags"));
	}

	/**
	 * A group member's row: its shared row, or its name with the default tags and cache.
	 */
	private Map<String, Object> memberRow(Member member) {
		Map<String, Object> stored = MemberConfigs.row(this.server.catalog(), member.id());
		return Datums.object("cache_size_mb", (stored != null) ? stored.get("cache_size_mb") : "auto", "id",
				member.id().toString(), "name", member.name(), "tags",
				(stored != null) ? stored.get("tags") : List.of("default"));
	}

	/**
	 * This server's stored tags and cache size (a group member's from its shared row), or
	 * the defaults.
	 */
	static Map<String, Object> stored(ServerState server) {
		Map<String, Object> shared = MemberConfigs.row(server.catalog(), server.id());
		return (shared != null) ? shared : stored(server.catalog());
	}

	static Map<String, Object> stored(Catalog catalog) {
		byte[] bytes = catalog.systemValue(KEY);
		return (bytes != null) ? DocumentCodec.decodeDocument(bytes)
				: Datums.object("cache_size_mb", "auto", "tags", List.of("default"));
	}

	@Override
	public @Nullable Map<String, Object> write(@Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after, QuerySession caller) {
		if (before == null) {
			return add(Objects.requireNonNull(after, "after must not be null"), true);
		}
		if (after == null) {
			return remove(before);
		}
		RowFormat format = new RowFormat(after,
				"The row you're trying to put into `rethinkdb.server_config` has the wrong format. ");
		String name = format.name("name", "server name");
		format.field("id");
		List<Object> tags = tags(format);
		Object cache = cacheSize(format);
		format.noExtraKeys();
		List<Member> members = this.server.members().list();
		if (!members.isEmpty()) {
			return changeMember(members, before, name, tags, cache);
		}
		this.server.catalog()
			.putSystemValue(KEY, DocumentCodec.encode(Datums.object("cache_size_mb", cache, "tags", tags)));
		if (!name.equals(this.server.catalog().serverName())) {
			this.server.catalog().renameServer(name);
			this.server.log().record(ServerLog.Level.NOTICE, "Server renamed to `" + name + "`.");
		}
		return ownRow();
	}

	/**
	 * Changes a member's shared row (on the primary, like every write of a group), which
	 * renames it on every member; two members may not share a name.
	 */
	private Map<String, Object> changeMember(List<Member> members, Map<String, Object> before, String name,
			List<Object> tags, Object cache) {
		UUID id = UUID.fromString(String.valueOf(before.get("id")));
		Member member = members.stream()
			.filter((candidate) -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow(() -> QueryException.opFailed("Server `" + before.get("name") + "` is not in the group."));
		if (!name.equals(member.name())
				&& members.stream().anyMatch((other) -> other != member && other.name().equals(name))) {
			throw QueryException.opFailed("Cannot rename server `" + member.name() + "` to `" + name
					+ "` because server `" + name + "` already exists.");
		}
		MemberConfigs.put(this.server.catalog(), id, name, tags, cache);
		if (!name.equals(member.name())) {
			this.server.log()
				.record(ServerLog.Level.NOTICE, "Server `" + member.name() + "` renamed to `" + name + "`.");
		}
		return Datums.object("cache_size_mb", cache, "id", id.toString(), "name", name, "tags", tags);
	}

	@Override
	public @Nullable Map<String, Object> insertGenerated(Map<String, Object> after, QuerySession caller) {
		return add(after, false);
	}

	/**
	 * Adds a member to the group: {@code {name, host, raft_port, driver_port}}, the name
	 * being its node id; an {@code id}, if given, must be the one made from the name.
	 */
	private Map<String, Object> add(Map<String, Object> row, boolean checkId) {
		if (this.server.members().list().isEmpty()) {
			throw QueryException
				.opFailed("It's illegal to insert new rows into the `rethinkdb.server_config` system table.");
		}
		RowFormat format = new RowFormat(row,
				"The row you're trying to put into `rethinkdb.server_config` has the wrong format. ");
		ClusterOptions.Peer peer = new ClusterOptions.Peer(format.name("name", "server name"), host(format),
				port(format, "raft_port"), port(format, "driver_port"));
		if (checkId) {
			format.unchanged("id", peer.serverId().toString(), "A new member's `id` is made from its `name`: `"
					+ peer.serverId() + "` for `" + peer.id() + "`; leave `id` out.");
		}
		else {
			format.field("id");
		}
		format.noExtraKeys();
		this.server.members().add(peer);
		this.server.log().record(ServerLog.Level.NOTICE, "Server `" + peer.id() + "` added to the group.");
		return Datums.object("cache_size_mb", "auto", "id", peer.serverId().toString(), "name", peer.id(), "tags",
				List.of("default"));
	}

	private static String host(RowFormat format) {
		Object value = format.field("host");
		if (!(value instanceof String host) || host.isBlank()) {
			throw format.wrong("In `host`: Expected a host name or address; got " + Printer.json(value));
		}
		return host;
	}

	private static int port(RowFormat format, String key) {
		Object value = format.field(key);
		if (!(value instanceof Double port) || port != Math.rint(port) || port < 1 || port > 65535) {
			throw format.wrong("In `" + key + "`: Expected a port number; got " + Printer.json(value));
		}
		return port.intValue();
	}

	/** Removes the member of that row from the group. */
	private @Nullable Map<String, Object> remove(Map<String, Object> row) {
		if (this.server.members().list().isEmpty()) {
			throw QueryException
				.opFailed("It's illegal to delete rows from the `rethinkdb.server_config` system table.");
		}
		this.server.members().remove(UUID.fromString(String.valueOf(row.get("id"))));
		this.server.log().record(ServerLog.Level.NOTICE, "Server `" + row.get("name") + "` removed from the group.");
		return null;
	}

	private static List<Object> tags(RowFormat format) {
		Object value = format.field("tags");
		if (!(value instanceof List<?> list)) {
			throw format.wrong("In `tags`: Expected an array; got " + Printer.json(value));
		}
		List<Object> tags = new ArrayList<>();
		for (Object tag : list) {
			RowFormat item = new RowFormat(Datums.object("tag", tag), "");
			try {
				tags.add(item.name("tag", "server tag"));
			}
			catch (QueryException ex) {
				throw format.wrong("In `tags`: " + ex.getMessage().substring("In `tag`: ".length()));
			}
			if (tags.indexOf(tag) != tags.size() - 1) {
				throw format.wrong("In `tags`: Duplicate entry " + Printer.json(tag));
			}
		}
		return tags;
	}

	private static Object cacheSize(RowFormat format) {
		Object value = format.field("cache_size_mb");
		if ("auto".equals(value)) {
			return value;
		}
		if (!(value instanceof Double megabytes)) {
			throw format.wrong("In `cache_size_mb`: Expected a number or 'auto', got " + Printer.json(value));
		}
		if (megabytes < 0) {
			throw format.wrong("In `cache_size_mb`: Cache size cannot be negative.");
		}
		if (megabytes * 1024 * 1024 > Long.MAX_VALUE) {
			throw format.wrong("In `cache_size_mb`: Value is too big.");
		}
		return megabytes;
	}

}
