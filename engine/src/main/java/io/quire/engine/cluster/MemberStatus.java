package io.quire.engine.cluster;

import java.util.List;
import java.util.Optional;

import io.quire.engine.ClusterOptions;
import io.quire.engine.system.Member;
import org.apache.ratis.proto.RaftProtos.RoleInfoProto;
import org.apache.ratis.server.DivisionInfo;

/**
 * Turns what a Raft member knows of its group into {@link Member}s with role,
 * reachability and lag. The primary hears from every follower; a standby hears only from
 * the primary, so for the other standbys it relies on the primary's {@link GroupReport}
 * and, without one, reports them unreachable with an unknown lag.
 */
final class MemberStatus {

	/** Heard from within this long (a few heartbeats, above the election timeout). */
	static final long REACHABLE_MILLIS = 3000;

	private final ClusterOptions options;

	private final DivisionInfo info;

	private final long committed;

	private final Optional<GroupReport> report;

	/**
	 * @param committed this member's own commit index
	 * @param report the primary's report: this member's own on the primary, the one it
	 * got from the primary on a standby, empty when it has none
	 */
	MemberStatus(ClusterOptions options, DivisionInfo info, long committed, Optional<GroupReport> report) {
		this.options = options;
		this.info = info;
		this.committed = committed;
		this.report = report;
	}

	List<Member> members(List<ClusterOptions.Peer> conf, String ownName) {
		return conf.stream().map((peer) -> member(peer, ownName)).toList();
	}

	private Member member(ClusterOptions.Peer peer, String ownName) {
		boolean self = peer.id().equals(this.options.nodeId());
		String leader = (this.info.getLeaderId() != null) ? this.info.getLeaderId().toString() : "";
		boolean primary = self ? this.info.isLeader() && this.info.isLeaderReady() : peer.id().equals(leader);
		long heard = self ? 0 : heard(peer.id(), primary);
		long lag = self ? ownLag() : (primary ? 0 : this.report.map((r) -> r.lag(peer.id())).orElse(-1L));
		return new Member(peer.serverId(), self ? ownName : peer.id(), primary ? "primary" : "standby", peer.host(),
				peer.raftPort(), peer.driverPort(), self || (heard >= 0 && heard < REACHABLE_MILLIS), self, lag, heard);
	}

	/** On a standby, the primary is heard directly; the others through its report. */
	private long heard(String id, boolean primary) {
		if (primary && !this.info.isLeader()) {
			RoleInfoProto role = this.info.getRoleInfoProto();
			return (role.hasFollowerInfo() && role.getFollowerInfo().hasLeaderInfo())
					? role.getFollowerInfo().getLeaderInfo().getLastRpcElapsedTimeMs() : -1;
		}
		return this.report.map((r) -> r.heard(id)).orElse(-1L);
	}

	/** Entries committed as far as this member knows that it did not apply yet. */
	private long ownLag() {
		long known = Math.max(this.committed, this.report.map(GroupReport::committed).orElse(-1L));
		return Math.max(0, known - this.info.getLastAppliedIndex());
	}

}
