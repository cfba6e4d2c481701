package io.quire.protocol;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionTests {

	@Test
	void v1_0ShouldBeSentAsLittleEndianBytes() {
		byte[] bytes = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(Version.V1_0).array();
		assertThat(bytes).containsExactly(0xc3, 0xbd, 0xc2, 0x34);
	}

	@Test
	void onlyV1_0ShouldBeSupported() {
		assertThat(Version.isSupported(Version.V1_0)).isTrue();
		assertThat(Version.isSupported(Version.V0_4)).isFalse();
		assertThat(Version.isSupported(Version.PROTOCOL_JSON)).isFalse();
	}

	@Test
	void legacyVersionsShouldBeRecognised() {
		assertThat(Version.isLegacy(Version.V0_1)).isTrue();
		assertThat(Version.isLegacy(Version.V0_2)).isTrue();
		assertThat(Version.isLegacy(Version.V0_3)).isTrue();
		assertThat(Version.isLegacy(Version.V0_4)).isTrue();
		assertThat(Version.isLegacy(Version.V1_0)).isFalse();
		assertThat(Version.isLegacy(0x12345678)).isFalse();
	}

	@Test
	void unsupportedProtocolErrorShouldBeRethinkDbsText() {
		assertThat(Version.UNSUPPORTED_PROTOCOL_ERROR).startsWith("ERROR: Received an unsupported protocol version.")
			.contains("This port is for RethinkDB queries.")
			.endsWith("?\n");
	}

}
