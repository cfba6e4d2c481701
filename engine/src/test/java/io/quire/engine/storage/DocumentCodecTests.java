package io.quire.engine.storage;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCodecTests {

	@Test
	void documentsShouldRoundTrip() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("id", "a");
		document.put("n", -2.5d);
		document.put("whole", 3.0d);
		document.put("huge", 1e300d);
		document.put("negativeZero", -0.0d);
		document.put("none", null);
		document.put("list", Arrays.asList(1.0d, null, "x", List.of(true)));
		document.put("nested", Map.of("b", false));
		assertThat(DocumentCodec.decodeDocument(DocumentCodec.encode(document))).isEqualTo(document);
	}

	@Test
	void documentsLargerThanTheGeneratorsBufferShouldRoundTrip() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("id", "big");
		for (int i = 0; i < 40; i++) {
			document.put("field" + i, "é".repeat(300) + i);
		}
		byte[] encoded = DocumentCodec.encode(document);
		assertThat(encoded.length).isGreaterThan(24_000);
		assertThat(DocumentCodec.decodeDocument(encoded)).isEqualTo(document);
	}

	@Test
	void encodedBytesShouldHoldExactlyWhatWasWrittenInOneOrSeveralWrites() {
		EncodedBytes once = new EncodedBytes();
		once.write(new byte[] { 9, 1, 2, 3, 9 }, 1, 3);
		assertThat(once.toByteArray()).containsExactly(1, 2, 3);
		EncodedBytes several = new EncodedBytes();
		several.write(new byte[] { 1, 2 }, 0, 2);
		several.write(3);
		several.write(new byte[100], 0, 100);
		assertThat(several.toByteArray()).hasSize(103).startsWith(1, 2, 3);
		assertThat(new EncodedBytes().toByteArray()).isEmpty();
	}

	@Test
	void everyNumberShouldComeBackAsADouble() {
		Object decoded = DocumentCodec.decode(DocumentCodec.encode(List.of(7, 8L, 9.0d, 9007199254740993L)));
		assertThat(decoded).isEqualTo(List.of(7.0d, 8.0d, 9.0d, 9007199254740992.0d));
	}

	@Test
	void integralNumbersShouldBeStoredCompactly() {
		assertThat(DocumentCodec.encode(5.0d)).hasSizeLessThan(DocumentCodec.encode(5.5d).length);
	}

	@Test
	void cborFormatShouldBeTheJacksonReleaseOfTheCoreSpringBootManages() {
		// Same Jackson release as the core from Spring Boot's BOM, never a pinned one.
		assertThat(tools.jackson.dataformat.cbor.PackageVersion.VERSION.toString())
			.isEqualTo(tools.jackson.core.json.PackageVersion.VERSION.toString());
	}

}
