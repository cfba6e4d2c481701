package io.quire.tools.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FunctionBlobsTests {

	@Test
	void quireFunctionBytesGoBackUnchanged() {
		byte[] quire = "[69,[[2,[1]],[170,[[10,[1]],\"a\"]]]]".getBytes(StandardCharsets.UTF_8);
		FunctionBlobs.IndexFunction function = FunctionBlobs.index(quire, true, false);
		assertThat(function.function()).isEqualTo(quire);
		assertThat(function.multi()).isTrue();
	}

	@Test
	void rethinkIndexBlobBecomesAWireFunctionWithItsFlags() {
		byte[] blob = blob(FunctionBlobs.INDEX_PREFIX, 7, "[2,[[170,[[10,[[1,7,0]],0],[1,\"a\",0]],0],[1,[1,2],0]],0]",
				new byte[] { 1, 0 });
		FunctionBlobs.IndexFunction function = FunctionBlobs.index(blob, false, false);
		assertThat(new String(function.function(), StandardCharsets.UTF_8))
			.isEqualTo("[69,[[2,[7]],[2,[[170,[[10,[7]],\"a\"]],[2,[1,2]]]]]]");
		assertThat(function.multi()).isTrue();
		assertThat(function.geo()).isFalse();
	}

	@Test
	void rethinkHookBlobKeepsItsArgumentOrderAndOptargs() {
		byte[] blob = blob(FunctionBlobs.HOOK_PREFIX, 3, "[35,[[10,[[1,3,0]],0],[1,{\"x\":1},0]],{\"o\":[1,true,0]},0]",
				new byte[0]);
		assertThat(new String(FunctionBlobs.writeHook(blob), StandardCharsets.UTF_8))
			.isEqualTo("[69,[[2,[1,2,3]],[35,[[10,[3]],{\"x\":1}],{\"o\":true}]]]");
	}

	@Test
	void blobWithoutATermIsRefused() {
		byte[] blob = (FunctionBlobs.INDEX_PREFIX + "garbage").getBytes(StandardCharsets.US_ASCII);
		assertThatIllegalArgumentException().isThrownBy(() -> FunctionBlobs.index(blob, false, false))
			.withMessageContaining("hold no term");
	}

	private static byte[] blob(String prefix, int firstId, String body, byte[] tail) {
		int arity = prefix.equals(FunctionBlobs.HOOK_PREFIX) ? 3 : 1;
		byte[] json = body.getBytes(StandardCharsets.UTF_8);
		ByteBuffer buffer = ByteBuffer.allocate(prefix.length() + 3 + 8 * arity + 4 + json.length + 1 + tail.length)
			.order(ByteOrder.LITTLE_ENDIAN);
		buffer.put(prefix.getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0).put((byte) arity);
		for (int i = 0; i < arity; i++) {
			buffer.putLong((arity == 1) ? firstId : i + 1);
		}
		buffer.putInt(json.length + 1).put(json).put((byte) 0).put(tail);
		return buffer.array();
	}

}
