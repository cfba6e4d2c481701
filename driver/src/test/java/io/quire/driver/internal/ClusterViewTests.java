package io.quire.driver.internal;

import java.util.List;

import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import io.quire.driver.ServerInfo;
import io.quire.driver.TargetSessionAttrs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterViewTests {

	private static final HostAndPort DB1 = new HostAndPort("db1", 28015);

	private static final HostAndPort DB2 = new HostAndPort("db2", 28015);

	private static final HostAndPort DB3 = new HostAndPort("db3", 28015);

	private static ClusterView view(TargetSessionAttrs attrs) {
		ClusterView view = new ClusterView(
				ConnectionOptions.builder().hosts("db1", "db2").targetSessionAttrs(attrs).build());
		view.learn(new ServerInfo("1", "a", false, "primary", false, "v",
				List.of(new ServerInfo.Member("a", DB1, "primary"), new ServerInfo.Member("c", DB3, "standby"))));
		return view;
	}

	@Test
	void candidatesShouldBeTheGivenHostsThenTheLearnedMembers() {
		assertThat(view(TargetSessionAttrs.ANY).candidates()).containsExactly(DB1, DB2, DB3);
	}

	@Test
	void aPrimaryNamedByAStandbyShouldComeFirstForAConnectionThatAdmitsAPrimary() {
		ClusterView view = view(TargetSessionAttrs.READ_WRITE);
		view.primaryNamed(DB3);
		assertThat(view.candidates()).containsExactly(DB3, DB1, DB2);
		view.unreachable(DB3);
		assertThat(view.candidates()).containsExactly(DB1, DB2, DB3);
	}

	@Test
	void aPrimaryNamedByAStandbyShouldNotComeFirstForAConnectionThatWantsAStandby() {
		ClusterView view = view(TargetSessionAttrs.PREFER_STANDBY);
		view.primaryNamed(DB3);
		assertThat(view.candidates()).containsExactly(DB1, DB2, DB3);
	}

	@Test
	void nodesShouldStartWithTheConnectedServerThenTheMembers() {
		assertThat(view(TargetSessionAttrs.ANY).nodes(DB2)).containsExactly(DB2, DB1, DB3);
	}

	@Test
	void aServerListingNoMembersShouldNotForgetTheLearnedOnes() {
		ClusterView view = view(TargetSessionAttrs.ANY);
		view.learn(new ServerInfo("2", "b", false, "primary", false, "v"));
		assertThat(view.members()).hasSize(2);
	}

}
