package io.quire.driver;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FailoverOptionsTests {

	@Test
	void retryReadsShouldBeOffByDefaultAndReadFromTheUri() {
		assertThat(ConnectionOptions.defaults().retryReads()).isFalse();
		assertThat(ConnectionOptions.parse("rethinkdb://db1?retry_reads=true").retryReads()).isTrue();
		assertThat(ConnectionOptions.builder().retryReads(true).build().toString()).contains("retryReads=true");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionOptions.parse("rethinkdb://db1?retry_reads=maybe"))
			.withMessageContaining("retry_reads");
	}

	@Test
	void slaveOkayShouldMeanPreferStandbyWithOutdatedReads() {
		ConnectionOptions options = ConnectionOptions.parse("rethinkdb://db1,db2?slave_okay=true");
		assertThat(options.targetSessionAttrs()).isEqualTo(TargetSessionAttrs.PREFER_STANDBY);
		assertThat(options.sessionOptions()).containsEntry("read_mode", "outdated");
	}

	@Test
	void anExplicitReadModeOrTargetShouldWinOverSlaveOkay() {
		ConnectionOptions options = ConnectionOptions
			.parse("rethinkdb://db1,db2?target_session_attrs=standby&read_mode=majority&slave_okay=true");
		assertThat(options.targetSessionAttrs()).isEqualTo(TargetSessionAttrs.STANDBY);
		assertThat(options.sessionOptions()).containsEntry("read_mode", "majority");
	}

	@Test
	void slaveOkayFalseShouldUndoOnlyWhatTrueSets() {
		ConnectionOptions undone = ConnectionOptions.builder().slaveOkay(true).slaveOkay(false).build();
		assertThat(undone.targetSessionAttrs()).isEqualTo(TargetSessionAttrs.ANY);
		assertThat(undone.sessionOptions()).doesNotContainKey("read_mode");
		ConnectionOptions kept = ConnectionOptions.builder()
			.targetSessionAttrs(TargetSessionAttrs.PRIMARY)
			.readMode("majority")
			.slaveOkay(false)
			.build();
		assertThat(kept.targetSessionAttrs()).isEqualTo(TargetSessionAttrs.PRIMARY);
		assertThat(kept.sessionOptions()).containsEntry("read_mode", "majority");
	}

}
