package io.quire.engine.cluster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.quire.engine.ClusterOptions;
import io.quire.engine.QueryException;
import io.quire.protocol.ErrorType;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.SetConfigurationRequest;

/**
 * Checks and proposes a change of the group's members on its primary: Raft's
 * configuration change (Ratis {@code setConfiguration}), which first lets a new member
 * catch up from the log, then commits the new configuration on a majority of the old and
 * of the new members. The change is compared with the configuration it was made from, so
 * two changes at once cannot both pass; unsafe changes are refused before any is made.
 */
final class MembershipChange {

	/** Bound on a change: a new member catching up from a long log takes a while. */
	static final long TIMEOUT_SECONDS = 60;

	private MembershipChange() {
	}

	/**
	 * The configuration with {@code added} too.
	 * @throws QueryException OP_FAILED if its id or Raft address is already a member's
	 */
	static List<RaftPeer> adding(List<ClusterOptions.Peer> current, ClusterOptions.Peer added) {
		for (ClusterOptions.Peer peer : current) {
			if (peer.id().equals(added.id())) {
				throw QueryException.opFailed("Cannot add server `" + added.id() + "`: a member of that name is "
						+ "already in the group (at " + peer.raftAddress() + ").");
			}
			if (peer.raftAddress().equals(added.raftAddress())) {
				throw QueryException.opFailed("Cannot add server `" + added.id() + "`: member `" + peer.id()
						+ "` already uses Raft address " + added.raftAddress() + ".");
			}
		}
		List<ClusterOptions.Peer> next = new ArrayList<>(current);
		next.add(added);
		return GroupPeers.raftPeers(next);
	}

	/**
	 * The configuration without {@code removed}.
	 * @throws QueryException OP_FAILED if it is not a member, or the last one
	 */
	static List<RaftPeer> removing(List<ClusterOptions.Peer> current, ClusterOptions.Peer removed) {
		if (current.stream().noneMatch((peer) -> peer.id().equals(removed.id()))) {
			throw QueryException.opFailed("Cannot remove server `" + removed.id() + "`: it is not a member.");
		}
		if (current.size() == 1) {
			throw QueryException.opFailed("Cannot remove server `" + removed.id()
					+ "`: it is the last member of the group, which would have no member left to hold the data.");
		}
		return GroupPeers.raftPeers(current.stream().filter((peer) -> !peer.id().equals(removed.id())).toList());
	}

	/** The request that replaces {@code current} with {@code next}, unless it changed. */
	static SetConfigurationRequest.Arguments arguments(List<RaftPeer> current, List<RaftPeer> next) {
		return SetConfigurationRequest.Arguments.newBuilder()
			.setServersInNewConf(next)
			.setServersInCurrentConf(current)
			.setMode(SetConfigurationRequest.Mode.COMPARE_AND_SET)
			.build();
	}

	/**
	 * Waits for the change's outcome.
	 * @param what the change, e.g. "add server `n4`", for the errors
	 * @throws QueryException OP_FAILED if the group refused it, OP_INDETERMINATE if no
	 * answer came in time
	 */
	static void await(java.util.concurrent.CompletableFuture<RaftClientReply> reply, String what) {
		RaftClientReply answer;
		try {
			answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			throw QueryException.runtime(ErrorType.OP_INDETERMINATE,
					"Could not " + what + " within " + TIMEOUT_SECONDS + "s; it may or may not take effect.");
		}
		catch (ExecutionException ex) {
			throw QueryException.opFailed("Could not " + what + ": " + ex.getCause().getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw QueryException.runtime(ErrorType.OP_INDETERMINATE, "Interrupted while trying to " + what + ".");
		}
		if (!answer.isSuccess()) {
			throw QueryException.opFailed("Could not " + what + ": " + answer.getException().getMessage());
		}
	}

	/** Turns the failure to send the request into the same errors. */
	static QueryException unsent(IOException ex, String what) {
		return QueryException.opFailed("Could not " + what + ": " + ex.getMessage());
	}

}
