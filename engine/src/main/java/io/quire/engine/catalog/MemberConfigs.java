package io.quire.engine.catalog;

import java.util.Map;
import java.util.UUID;

import io.quire.engine.datum.Datums;
import io.quire.engine.storage.DocumentCodec;
import org.jspecify.annotations.Nullable;

/**
 * The {@code server_config} rows of a replicated group's members, {@code {name, tags,
 * cache_size_mb}} by server id, kept in the store every member shares: a write to one is
 * a log entry like any other, so every member shows the same name and tags for each
 * member. A single server keeps its one row in its own keys instead (its name, then its
 * tags and cache size).
 */
public final class MemberConfigs {

	private static final String PREFIX = "members/";

	private MemberConfigs() {
	}

	/** The member's stored row, or {@code null} while it was never changed. */
	public static @Nullable Map<String, Object> row(Catalog catalog, UUID serverId) {
		byte[] bytes = catalog.systemValue(PREFIX + serverId);
		return (bytes != null) ? DocumentCodec.decodeDocument(bytes) : null;
	}

	/** The member's stored name, or {@code null} while it was never renamed. */
	public static @Nullable String name(Catalog catalog, UUID serverId) {
		Map<String, Object> row = row(catalog, serverId);
		return (row != null) ? (String) row.get("name") : null;
	}

	/** Stores the member's row, durably and (in a group) through the log. */
	public static void put(Catalog catalog, UUID serverId, String name, Object tags, Object cacheSizeMb) {
		catalog.putSystemValue(PREFIX + serverId,
				DocumentCodec.encode(Datums.object("cache_size_mb", cacheSizeMb, "name", name, "tags", tags)));
	}

}
