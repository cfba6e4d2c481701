package io.quire.tools.data;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FunctionBlobsTests {

	@Test
	void binaryOfAnInfoFileGivesItsBytesEvenWithLineBreaks() {
		Map<String, Object> binary = Map.of("$reql_type$", "BINARY", "data", "JHJlcWxf\naW5kZXg=");
		assertThat(new String(FunctionBlobs.bytes(binary))).isEqualTo("$reql_index");
	}

	@Test
	void somethingElseIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> FunctionBlobs.bytes("[69,[]]"))
			.withMessageContaining("expected a BINARY function");
	}

}
