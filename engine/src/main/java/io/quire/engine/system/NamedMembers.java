package io.quire.engine.system;

import java.util.List;
import java.util.UUID;

import io.quire.engine.ClusterOptions;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.MemberConfigs;

/**
 * A group's members named as their shared {@code server_config} rows say
 * ({@link MemberConfigs}), each member without one by the name the group gives it (its
 * node id, or this server's own name).
 */
public final class NamedMembers implements Members {

	private final Members group;

	private final Catalog catalog;

	public NamedMembers(Members group, Catalog catalog) {
		this.group = group;
		this.catalog = catalog;
	}

	@Override
	public List<Member> list() {
		return this.group.list().stream().map(this::named).toList();
	}

	private Member named(Member member) {
		String name = MemberConfigs.name(this.catalog, member.id());
		return (name == null || name.equals(member.name())) ? member
				: new Member(member.id(), name, member.role(), member.host(), member.raftPort(), member.driverPort(),
						member.reachable(), member.self(), member.lagEntries(), member.heardMillisAgo());
	}

	@Override
	public void add(ClusterOptions.Peer peer) {
		this.group.add(peer);
	}

	@Override
	public void remove(UUID serverId) {
		this.group.remove(serverId);
	}

}
