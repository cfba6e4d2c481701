package io.quire.engine.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LogEntryTests {

	@Test
	void writeShouldKeepPutsAndDeletesInOrderThroughEncoding() {
		WriteBatch batch = new WriteBatch().put("table:a", bytes("k1"), bytes("v1"))
			.delete("index:b", bytes("k2"))
			.put("table:a", bytes("k1"), new byte[0]);
		LogEntry decoded = LogEntry.decode(LogEntry.write(batch).encode());
		assertThat(decoded.kind()).isEqualTo(LogEntry.Kind.WRITE);
		assertThat(decoded.batch().operations()).hasSize(3);
		WriteBatch.Operation first = decoded.batch().operations().get(0);
		assertThat(first.keyspace()).isEqualTo("table:a");
		assertThat(first.key()).isEqualTo(bytes("k1"));
		assertThat(first.value()).isEqualTo(bytes("v1"));
		WriteBatch.Operation second = decoded.batch().operations().get(1);
		assertThat(second.isDelete()).isTrue();
		assertThat(second.keyspace()).isEqualTo("index:b");
		assertThat(second.key()).isEqualTo(bytes("k2"));
		assertThat(decoded.batch().operations().get(2).value()).isEmpty();
	}

	@Test
	void binaryKeysAndValuesShouldSurviveEncoding() {
		byte[] key = new byte[256];
		Arrays.setAll(new Object[256], (i) -> key[i] = (byte) i);
		byte[] value = new byte[100_000];
		Arrays.fill(value, (byte) 0xFF);
		LogEntry decoded = LogEntry.decode(LogEntry.write(new WriteBatch().put("table:x", key, value)).encode());
		assertThat(decoded.batch().operations().get(0).key()).isEqualTo(key);
		assertThat(decoded.batch().operations().get(0).value()).isEqualTo(value);
	}

	@Test
	void keyspaceChangesShouldSurviveEncoding() {
		LogEntry created = LogEntry.decode(LogEntry.createKeyspace("table:\u00e9").encode());
		assertThat(created.kind()).isEqualTo(LogEntry.Kind.CREATE_KEYSPACE);
		assertThat(created.keyspace()).isEqualTo("table:\u00e9");
		assertThat(created.batch().isEmpty()).isTrue();
		LogEntry dropped = LogEntry.decode(LogEntry.dropKeyspace("index:1").encode());
		assertThat(dropped.kind()).isEqualTo(LogEntry.Kind.DROP_KEYSPACE);
		assertThat(dropped.keyspace()).isEqualTo("index:1");
	}

	@Test
	void onlyMetadataWritesAndKeyspaceChangesShouldTouchMetadata() {
		assertThat(LogEntry.write(new WriteBatch().put("table:a", bytes("k"), bytes("v"))).touchesMetadata()).isFalse();
		assertThat(LogEntry
			.write(new WriteBatch().put("table:a", bytes("k"), bytes("v")).delete(Storage.METADATA, bytes("count:x")))
			.touchesMetadata()).isTrue();
		assertThat(LogEntry.createKeyspace("table:a").touchesMetadata()).isTrue();
	}

	@Test
	void truncatedOrForeignBytesShouldBeRefused() {
		byte[] encoded = LogEntry.write(new WriteBatch().put("table:a", bytes("key"), bytes("value"))).encode();
		assertThatIllegalArgumentException().isThrownBy(() -> LogEntry.decode(Arrays.copyOf(encoded, 12)));
		assertThatIllegalArgumentException().isThrownBy(() -> LogEntry.decode(new byte[] { 9, 0 }))
			.withMessageContaining("version");
		assertThatIllegalArgumentException().isThrownBy(() -> LogEntry.decode(new byte[] { 1, 7 }))
			.withMessageContaining("kind");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
