package io.quire.engine.function;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import io.quire.protocol.json.ReqlJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IndexFunctionBlobTests {

	private static final String NAME = "[69,[[2,[1]],[170,[[10,[1]],\"name\"]]]]";

	@Test
	void toBytesShouldWriteTheLayoutOfRethinkDb24() {
		byte[] bytes = new IndexFunctionBlob(ReqlJson.read(NAME), true, false).toBytes();
		String body = "[170,[[10,[[1,1,0]],0],[1,\"name\",0]],0]";
		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		expected.writeBytes("$reql_index_function$".getBytes(StandardCharsets.US_ASCII));
		expected.writeBytes(HexFormat.of().parseHex("09070707" + "00" + "00" + "00000000" + "01" + "0100000000000000"));
		expected.writeBytes(HexFormat.of().parseHex(String.format("%08x", Integer.reverseBytes(body.length() + 1))));
		expected.writeBytes(body.getBytes(StandardCharsets.UTF_8));
		expected.writeBytes(HexFormat.of().parseHex("00" + "00000000" + "01" + "00"));
		assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(HexFormat.of().formatHex(expected.toByteArray()));
	}

	@Test
	void bytesShouldReadBackAsTheSameFunctionAndFlags() {
		String function = "[69,[[2,[3]],[2,[[170,[[10,[3]],\"a\"]],[24,[[170,[[13,[]],\"b\"]],2.5]],"
				+ "{\"x\":[170,[[10,[3]],\"c\"]],\"y\":null},[1,[1,[2,\"z\"]]]]]]]";
		IndexFunctionBlob read = IndexFunctionBlob
			.of(new IndexFunctionBlob(ReqlJson.read(function), false, true).toBytes());
		assertThat(ReqlJson.writeString(read.function())).isEqualTo(function);
		assertThat(read.multi()).isFalse();
		assertThat(read.geo()).isTrue();
	}

	@Test
	void fieldFunctionWrittenByRethinkDbShouldReadWithItsBacktracesDropped() {
		byte[] bytes = RethinkBlobBuilder.index(1, "[170,[[10,[[1,1,5]],4],[1,\"name\",6]],3]", false, false);
		assertThat(ReqlJson.writeString(IndexFunctionBlob.of(bytes).function())).isEqualTo(NAME);
	}

	@Test
	void rowFunctionsWrittenByRethinkDbShouldReadAsTheirWireTerms() {
		assertThat(read("[170,[[170,[[13,2],[1,\"a\",3]],1],[1,\"b\",4]],0]"))
			.isEqualTo("[170,[[170,[[13,[]],\"a\"]],\"b\"]]");
		assertThat(read("[2,[[170,[[13,2],[1,\"last\",3]],1],[170,[[13,5],[1,\"first\",6]],4]],0]"))
			.isEqualTo("[2,[[170,[[13,[]],\"last\"]],[170,[[13,[]],\"first\"]]]]");
		assertThat(read("[24,[[170,[[10,[[1,1,4]],3],[1,\"price\",5]],2],[1,1.2,6]],1]"))
			.isEqualTo("[24,[[170,[[10,[1]],\"price\"]],1.2]]");
		assertThat(read("[3,{\"k\":[170,[[13,2],[1,\"a\",3]],1]},0]")).isEqualTo("{\"k\":[170,[[13,[]],\"a\"]]}");
		assertThat(read(
				"[38,[[170,[[10,[[1,1,3]],2],[1,\"tags\",4]],1],[69,[[2,[[1,2,7]],6],[141,[[10,[[1,2,9]],8]],5]],10]],0]"))
			.isEqualTo("[38,[[170,[[10,[1]],\"tags\"]],[69,[[2,[2]],[141,[[10,[2]]]]]]]]");
		assertThat(read("[99,[[1,\"2024-01-01\",2]],{\"default_timezone\":[1,\"+01:00\",3]},1]"))
			.isEqualTo("[99,[\"2024-01-01\"],{\"default_timezone\":\"+01:00\"}]");
	}

	@Test
	void generatedTermsWithDatumArraysShouldKeepThemAsValues() {
		byte[] bytes = RethinkBlobBuilder.index(-19, "[170,[[10,[[1,-19.0,0]],0],[1,[\"a\",{\"b\":1}],0]],0]", false,
				false);
		assertThat(ReqlJson.writeString(IndexFunctionBlob.of(bytes).function()))
			.isEqualTo("[69,[[2,[-19]],[170,[[10,[-19]],[1,[\"a\",{\"b\":1}]]]]]]");
	}

	@Test
	void multiAndGeoFlagsShouldComeFromTheBytes() {
		IndexFunctionBlob multi = IndexFunctionBlob.of(RethinkBlobBuilder.index(1, "[10,[[1,1,0]],0]", true, false));
		IndexFunctionBlob geo = IndexFunctionBlob.of(RethinkBlobBuilder.index(1, "[10,[[1,1,0]],0]", false, true));
		assertThat(multi.multi()).isTrue();
		assertThat(multi.geo()).isFalse();
		assertThat(geo.multi()).isFalse();
		assertThat(geo.geo()).isTrue();
	}

	@Test
	void indexesWrittenBeforeRethinkDb22ShouldBeRefusedWithTheWayOut() {
		byte[] bytes = RethinkBlobBuilder.index(1, "[10,[[1,1,0]],0]", false, false);
		bytes["$reql_index_function$".length()] = 6;
		assertThatExceptionOfType(FunctionBlobException.class).isThrownBy(() -> IndexFunctionBlob.of(bytes))
			.withMessageContaining("RethinkDB 2.1 or older");
	}

	@Test
	void truncatedOrPaddedBytesShouldBeRefused() {
		byte[] bytes = RethinkBlobBuilder.index(1, "[10,[[1,1,0]],0]", false, false);
		assertThatExceptionOfType(FunctionBlobException.class)
			.isThrownBy(() -> IndexFunctionBlob.of(Arrays.copyOf(bytes, bytes.length - 1)))
			.withMessageContaining("the bytes end");
		assertThatExceptionOfType(FunctionBlobException.class)
			.isThrownBy(() -> IndexFunctionBlob.of(Arrays.copyOf(bytes, bytes.length + 1)))
			.withMessageContaining("1 bytes left");
	}

	@Test
	void javaScriptAndCapturingFunctionsShouldBeRefused() {
		byte[] javascript = RethinkBlobBuilder.index(1, "[10,[[1,1,0]],0]", false, false);
		javascript["$reql_index_function$".length() + 4] = 1;
		assertThatExceptionOfType(FunctionBlobException.class).isThrownBy(() -> IndexFunctionBlob.of(javascript))
			.withMessageContaining("JavaScript");
		byte[] capturing = RethinkBlobBuilder.index(1, "[10,[[1,1,0]],0]", false, false);
		capturing["$reql_index_function$".length() + 5] = 1;
		assertThatExceptionOfType(FunctionBlobException.class).isThrownBy(() -> IndexFunctionBlob.of(capturing))
			.withMessageContaining("variables of the query");
	}

	@Test
	void writeHookBytesShouldRoundTripWithoutAVersionTag() {
		String hook = "[69,[[2,[1,2,3]],[35,[[10,[3]],{\"n\":1}]]]]";
		byte[] bytes = WriteHookBlob.toBytes(ReqlJson.read(hook));
		byte[] expected = RethinkBlobBuilder.hook(new long[] { 1, 2, 3 },
				"[35,[[10,[[1,3,0]],0],[3,{\"n\":[1,1,0]},0]],0]");
		assertThat(Arrays.copyOf(bytes, bytes.length - 4)).isEqualTo(Arrays.copyOf(expected, expected.length - 4));
		assertThat(ReqlJson.writeString(WriteHookBlob.function(bytes))).isEqualTo(hook);
		byte[] rethink = RethinkBlobBuilder.hook(new long[] { 4, 5, 6 },
				"[35,[[10,[[1,6,2]],1],[3,{\"n\":[1,1,4]},3]],0]");
		assertThat(ReqlJson.writeString(WriteHookBlob.function(rethink)))
			.isEqualTo("[69,[[2,[4,5,6]],[35,[[10,[6]],{\"n\":1}]]]]");
	}

	private static String read(String body) {
		String function = ReqlJson
			.writeString(IndexFunctionBlob.of(RethinkBlobBuilder.index(1, body, false, false)).function());
		return function.substring("[69,[[2,[1]],".length(), function.length() - 2);
	}

}
