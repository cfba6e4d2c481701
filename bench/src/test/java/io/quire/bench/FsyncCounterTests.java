package io.quire.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FsyncCounterTests {

	@Test
	void parseSumsTheCountsOfBothSyscalls() {
		String output = """
				14,,syscalls:sys_enter_fdatasync,2043973258,100.00,,
				10,,syscalls:sys_enter_fsync,2043973638,100.00,,
				""";
		assertThat(FsyncCounter.parse(output)).isEqualTo(24);
	}

	@Test
	void parseGivesMinusOneWhenPerfCountedNothing() {
		String output = "<not supported>,,syscalls:sys_enter_fsync,0,100.00,,\nsome error\n";
		assertThat(FsyncCounter.parse(output)).isEqualTo(-1);
	}

}
