package io.quire.engine.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.ratis.proto.RaftProtos.CommitInfoProto;
import org.apache.ratis.proto.RaftProtos.RoleInfoProto;
import org.apache.ratis.proto.RaftProtos.ServerRpcProto;

/**
 * What the primary knows of its followers, the reference for every member's status: how
 * long ago each answered it, each one's commit index as it last reported it, and the
 * primary's own commit index. A standby gets it from the primary, so that it shows the
 * other standbys as the primary sees them.
 *
 * @param heardMillis milliseconds since the primary's last answer from each follower, by
 * member id
 * @param commits each member's commit index, by member id
 * @param committed the primary's commit index
 */
record GroupReport(Map<String, Long> heardMillis, Map<String, Long> commits, long committed) {

	GroupReport {
		heardMillis = Map.copyOf(heardMillis);
		commits = Map.copyOf(commits);
	}

	/** The report of a primary from its role info and commit infos. */
	static GroupReport of(RoleInfoProto role, Collection<CommitInfoProto> commitInfos, long committed) {
		Map<String, Long> heard = new HashMap<>();
		if (role.hasLeaderInfo()) {
			for (ServerRpcProto follower : role.getLeaderInfo().getFollowerInfoList()) {
				heard.put(follower.getId().getId().toStringUtf8(), follower.getLastRpcElapsedTimeMs());
			}
		}
		Map<String, Long> commits = new HashMap<>();
		for (CommitInfoProto info : commitInfos) {
			commits.put(info.getServer().getId().toStringUtf8(), info.getCommitIndex());
		}
		return new GroupReport(heard, commits, committed);
	}

	/**
	 * How many entries the member is behind the primary's commit index, -1 if unknown.
	 */
	long lag(String id) {
		Long commit = this.commits.get(id);
		return (commit != null) ? Math.max(0, this.committed - commit) : -1;
	}

	/** Milliseconds since the primary heard from the member, -1 if unknown. */
	long heard(String id) {
		Long heard = this.heardMillis.get(id);
		return (heard != null) ? heard : -1;
	}

}
