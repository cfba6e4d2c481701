package io.quire.engine.cluster;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.quire.engine.ClusterOptions;
import io.quire.engine.QueryException;
import io.quire.engine.system.Member;
import io.quire.engine.system.Members;
import org.jspecify.annotations.Nullable;

/**
 * The members of the group a {@link ReplicatedStorage} joined, for the system tables:
 * read from the current Raft configuration, and changed through the primary. None before
 * joining.
 */
final class GroupMembers implements Members {

	private final Supplier<@Nullable RaftMember> member;

	private final Supplier<String> ownName;

	GroupMembers(Supplier<@Nullable RaftMember> member, Supplier<String> ownName) {
		this.member = member;
		this.ownName = ownName;
	}

	@Override
	public List<Member> list() {
		RaftMember current = this.member.get();
		return (current != null) ? current.members(this.ownName.get()) : List.of();
	}

	@Override
	public void add(ClusterOptions.Peer peer) {
		joined().addMember(peer);
	}

	@Override
	public void remove(UUID serverId) {
		joined().removeMember(serverId);
	}

	private RaftMember joined() {
		RaftMember current = this.member.get();
		if (current == null) {
			throw QueryException.opFailed("This server has not joined its group yet.");
		}
		return current;
	}

}
