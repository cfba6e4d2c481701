package io.quire.engine.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.quire.protocol.json.JsonLimitException;
import io.quire.protocol.json.ReqlJson;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A stored document written as JSON straight from its bytes gives exactly the bytes that
 * writing its decoded datum gives, for every kind of value the codec stores.
 */
class StoredDocumentTests {

	private static final double TWO_TO_53 = 9007199254740992d;

	@Test
	void transcodedJsonShouldEqualJsonOfTheDecodedDatumForEdgeCases() {
		for (Map<String, Object> document : edgeCases()) {
			assertSameJson(document);
		}
	}

	@Test
	void transcodedJsonShouldEqualJsonOfTheDecodedDatumForRandomDocuments() {
		Random random = new Random(17);
		for (int i = 0; i < 3000; i++) {
			assertSameJson(RandomDocuments.document(random, i));
		}
	}

	@Test
	void transcodedDocumentsInsideOtherValuesShouldBeWrittenInPlace() {
		byte[] bytes = DocumentCodec.encode(object("id", 1.0d, "b", List.of(2.5d, "x")));
		List<Object> results = List.of(new StoredDocument(bytes), "after", Map.of("inner", new StoredDocument(bytes)));
		assertThat(ReqlJson.writeString(results))
			.isEqualTo("[{\"id\":1,\"b\":[2.5,\"x\"]},\"after\",{\"inner\":{\"id\":1,\"b\":[2.5,\"x\"]}}]");
	}

	@Test
	void transcodingShouldKeepTheWriterNestingLimit() {
		Object nested = "leaf";
		for (int i = 0; i < 10; i++) {
			nested = List.of(nested);
		}
		byte[] bytes = DocumentCodec.encode(object("deep", nested));
		assertThat(ReqlJson.write(new StoredDocument(bytes), 11)).isEqualTo(ReqlJson.write(decoded(bytes), 11));
		assertThatExceptionOfType(JsonLimitException.class)
			.isThrownBy(() -> ReqlJson.write(new StoredDocument(bytes), 10));
		assertThatExceptionOfType(JsonLimitException.class).isThrownBy(() -> ReqlJson.write(decoded(bytes), 10));
	}

	@Test
	void fieldsShouldReadAsTheDecodedDocument() {
		Map<String, Object> document = object("id", "a", "n", 3.0d, "list", List.of(1.0d));
		StoredDocument stored = new StoredDocument(DocumentCodec.encode(document));
		assertThat(stored).isEqualTo(document);
		assertThat(stored.get("n")).isEqualTo(3.0d);
		assertThat(stored.keySet()).containsExactly("id", "n", "list");
		assertThat(stored.storedSize()).isPositive();
	}

	@Test
	void storedDocumentsShouldRefuseChanges() {
		StoredDocument stored = new StoredDocument(DocumentCodec.encode(object("id", "a")));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> stored.put("id", "b"));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> stored.remove("id"));
	}

	private static void assertSameJson(Map<String, Object> document) {
		byte[] bytes = DocumentCodec.encode(document);
		byte[] expected = ReqlJson.write(decoded(bytes));
		assertThat(ReqlJson.write(new StoredDocument(bytes))).as(() -> ReqlJson.writeString(document))
			.isEqualTo(expected);
	}

	private static Map<String, Object> decoded(byte[] bytes) {
		return DocumentCodec.decodeDocument(bytes);
	}

	private static List<Map<String, Object>> edgeCases() {
		List<Map<String, Object>> cases = new ArrayList<>();
		cases.add(new LinkedHashMap<>());
		cases.add(object("id", 1.0d, "one", 1.0d, "half", 0.5d, "negativeZero", -0.0d, "zero", 0.0d));
		cases.add(object("maxExact", TWO_TO_53, "beyond", TWO_TO_53 + 2, "negative", -TWO_TO_53, "belowNegative",
				-TWO_TO_53 - 2));
		cases.add(object("twoTo63", 0x1p63, "minusTwoTo63", -0x1p63, "justBelow", Math.nextDown(0x1p63), "huge", 1e300d,
				"max", Double.MAX_VALUE, "tiny", Double.MIN_VALUE, "subnormal", 1e-320d, "third", 1.0d / 3));
		cases.add(object("e20", 1e20d, "e21", 1e21d, "e22", 1e22d, "small", 1e-7d, "pi", Math.PI, "negative", -2.5d));
		cases.add(object("ints", List.of(7, 8L, -9, Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L), "float", 1.5f));
		cases.add(object("time", object("$reql_type$", "TIME", "epoch_time", 1.6e9 + 0.123, "timezone", "+01:00"),
				"binary", object("$reql_type$", "BINARY", "data", "AAEC/w=="), "point",
				object("$reql_type$", "GEOMETRY", "coordinates", List.of(-122.4, 37.7), "type", "Point")));
		cases.add(object("unicode", "žluťoučký kůň \u00e9 \u4e2d\u6587 \ud83d\ude00 \u2028\u2029", "controls",
				"\u0000\u0001\u001f\t\n\r\"\\/\u007f", "", "empty key", "\ud83d\ude00", "emoji key"));
		cases.add(object("nested", object("a", List.of(List.of(), new LinkedHashMap<>(), List.of(List.of(1.0d))), "b",
				Arrays.asList(null, true, false, "s")), "none", null));
		cases.add(insertionOrdered());
		cases.add(new TreeMap<>(insertionOrdered()));
		return cases;
	}

	private static Map<String, Object> insertionOrdered() {
		Map<String, Object> document = new LinkedHashMap<>();
		for (String key : List.of("z", "a", "\u00e9", "B", "aa", "10", "9", "\ud83d\ude00", "\uffff")) {
			document.put(key, key.length());
		}
		return document;
	}

	private static Map<String, Object> object(@Nullable Object... keysAndValues) {
		Map<String, Object> result = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			result.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return result;
	}

}
