package io.quire.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClusterOptionsTests {

	@Test
	void peersShouldParseIdHostRaftPortAndDriverPort() {
		List<ClusterOptions.Peer> peers = ClusterOptions
			.parsePeers("n1=127.0.0.1:29001/28015, n2=db2.example.com:29002/28016");
		assertThat(peers).containsExactly(new ClusterOptions.Peer("n1", "127.0.0.1", 29001, 28015),
				new ClusterOptions.Peer("n2", "db2.example.com", 29002, 28016));
		assertThat(peers.get(1).raftAddress()).isEqualTo("db2.example.com:29002");
		assertThat(peers.get(1).driverAddress()).isEqualTo("db2.example.com:28016");
	}

	@Test
	void peerWithoutDriverPortShouldBeRefusedWithTheExpectedForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClusterOptions.parsePeers("n1=127.0.0.1:29001"))
			.withMessageContaining("id=host:raftPort/driverPort");
		assertThatIllegalArgumentException().isThrownBy(() -> ClusterOptions.parsePeers("n1=h:x/1"))
			.withMessageContaining("not a number");
		assertThatIllegalArgumentException().isThrownBy(() -> ClusterOptions.parsePeers("n1=h:0/1"))
			.withMessageContaining("raftPort");
	}

	@Test
	void optionsShouldRequireTheNodeAmongUniquePeers() {
		List<ClusterOptions.Peer> peers = ClusterOptions.parsePeers("n1=h:1/2,n2=h:3/4");
		assertThat(ClusterOptions.of("n2", peers).self().raftPort()).isEqualTo(3);
		assertThatIllegalArgumentException().isThrownBy(() -> ClusterOptions.of("n3", peers))
			.withMessageContaining("n3");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClusterOptions.of("n1", ClusterOptions.parsePeers("n1=h:1/2,n1=h:3/4")))
			.withMessageContaining("repeat");
	}

	@Test
	void snapshotSettingsShouldDefaultSurviveOtherChangesAndRefuseNonsense() {
		ClusterOptions defaults = ClusterOptions.of("n1", ClusterOptions.parsePeers("n1=h:1/2"));
		assertThat(defaults.snapshotThreshold()).isEqualTo(10_000);
		assertThat(defaults.logSegmentSize()).isEqualTo(8L << 20);
		ClusterOptions changed = defaults.withSnapshotThreshold(50)
			.withLogSegmentSize(4096)
			.withLogDirectory(java.nio.file.Path.of("raft"));
		assertThat(changed.snapshotThreshold()).isEqualTo(50);
		assertThat(changed.logSegmentSize()).isEqualTo(4096);
		assertThatIllegalArgumentException().isThrownBy(() -> defaults.withSnapshotThreshold(0))
			.withMessageContaining("snapshot threshold");
		assertThatIllegalArgumentException().isThrownBy(() -> defaults.withLogSegmentSize(10))
			.withMessageContaining("log segment size");
	}

	@Test
	void electionTimeoutShouldDefaultToHalfASecondSurviveOtherChangesAndRefuseTooShort() {
		ClusterOptions defaults = ClusterOptions.of("n1", ClusterOptions.parsePeers("n1=h:1/2"));
		assertThat(defaults.electionTimeout()).isEqualTo(java.time.Duration.ofMillis(500));
		ClusterOptions changed = defaults.withElectionTimeout(java.time.Duration.ofSeconds(2))
			.withSnapshotThreshold(50);
		assertThat(changed.electionTimeout()).isEqualTo(java.time.Duration.ofSeconds(2));
		assertThat(changed.snapshotThreshold()).isEqualTo(50);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> defaults.withElectionTimeout(java.time.Duration.ofMillis(50)))
			.withMessageContaining("election timeout");
	}

}
