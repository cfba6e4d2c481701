package io.quire.engine.cluster;

import java.util.List;

import io.quire.engine.ClusterOptions;
import io.quire.engine.QueryException;
import io.quire.protocol.ErrorType;
import org.apache.ratis.protocol.RaftPeer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The checks before a change of members: the next configuration, and the refusals of a
 * duplicate, an unknown member and the last one.
 */
class MembershipChangeTests {

	private final ClusterOptions.Peer n1 = new ClusterOptions.Peer("n1", "127.0.0.1", 29001, 28015);

	private final ClusterOptions.Peer n2 = new ClusterOptions.Peer("n2", "127.0.0.1", 29002, 28016);

	@Test
	void addingShouldAppendTheMemberWithItsDriverAddress() {
		List<RaftPeer> next = MembershipChange.adding(List.of(this.n1), this.n2);
		assertThat(next).extracting((peer) -> peer.getId().toString()).containsExactly("n1", "n2");
		assertThat(next.get(1).getAddress()).isEqualTo("127.0.0.1:29002");
		assertThat(next.get(1).getClientAddress()).isEqualTo("127.0.0.1:28016");
	}

	@Test
	void removingTheLastMemberShouldBeRefused() {
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> MembershipChange.removing(List.of(this.n1), this.n1))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo(ErrorType.OP_FAILED))
			.withMessageContaining("it is the last member of the group");
	}

	@Test
	void removingAMemberNotInTheGroupShouldBeRefused() {
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> MembershipChange.removing(List.of(this.n1), this.n2))
			.withMessage("Cannot remove server `n2`: it is not a member.");
	}

	@Test
	void removingShouldKeepTheOthersInOrder() {
		ClusterOptions.Peer n3 = new ClusterOptions.Peer("n3", "127.0.0.1", 29003, 28017);
		assertThat(MembershipChange.removing(List.of(this.n1, this.n2, n3), this.n2))
			.extracting((peer) -> peer.getId().toString())
			.containsExactly("n1", "n3");
	}

	@Test
	void addingADuplicateIdOrRaftAddressShouldBeRefused() {
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> MembershipChange.adding(List.of(this.n1, this.n2),
					new ClusterOptions.Peer("n2", "10.0.0.2", 29002, 28016)))
			.withMessageContaining("a member of that name is already in the group");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> MembershipChange.adding(List.of(this.n1),
					new ClusterOptions.Peer("n3", "127.0.0.1", 29001, 28017)))
			.withMessageContaining("member `n1` already uses Raft address 127.0.0.1:29001");
	}

}
