package io.quire.engine.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quire.engine.ClusterOptions;
import io.quire.engine.system.Member;
import org.apache.ratis.proto.RaftProtos.RoleInfoProto;
import org.apache.ratis.proto.RaftProtos.ServerRpcProto;
import org.apache.ratis.server.DivisionInfo;

/**
 * Turns what a Raft member knows of its group into {@link Member}s: the leader hears from
 * every follower, a follower only from the leader, so a follower reports the other
 * followers unreachable as far as it knows.
 */
final class MemberReachability {

	/** Heard from within this long (a few heartbeats, above the election timeout). */
	private static final long REACHABLE_MILLIS = 3000;

	private MemberReachability() {
	}

	static List<Member> members(ClusterOptions options, DivisionInfo info, String ownName) {
		Map<String, Long> heard = lastHeard(info.getRoleInfoProto());
		String leader = (info.getLeaderId() != null) ? info.getLeaderId().toString() : "";
		return options.peers().stream().map((peer) -> {
			boolean self = peer.id().equals(options.nodeId());
			Long elapsed = heard.get(peer.id());
			boolean reachable = self || (elapsed != null && elapsed < REACHABLE_MILLIS);
			String role = (self ? info.isLeader() && info.isLeaderReady() : peer.id().equals(leader)) ? "primary"
					: "standby";
			return new Member(peer.serverId(), self ? ownName : peer.id(), role, peer.host(), peer.raftPort(),
					peer.driverPort(), reachable, self);
		}).toList();
	}

	/** Milliseconds since the last answer of each member this one talks to. */
	private static Map<String, Long> lastHeard(RoleInfoProto role) {
		Map<String, Long> heard = new HashMap<>();
		if (role.hasLeaderInfo()) {
			for (ServerRpcProto follower : role.getLeaderInfo().getFollowerInfoList()) {
				heard.put(follower.getId().getId().toStringUtf8(), follower.getLastRpcElapsedTimeMs());
			}
		}
		else if (role.hasFollowerInfo() && role.getFollowerInfo().hasLeaderInfo()) {
			ServerRpcProto leader = role.getFollowerInfo().getLeaderInfo();
			heard.put(leader.getId().getId().toStringUtf8(), leader.getLastRpcElapsedTimeMs());
		}
		return heard;
	}

}
