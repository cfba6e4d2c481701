package io.quire.engine.storage.memory;

import java.nio.file.Path;

import io.quire.engine.storage.AbstractStorageTests;
import io.quire.engine.storage.KeyValueIterator;
import io.quire.engine.storage.Snapshot;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.SyncStatistics;
import io.quire.engine.storage.WriteBatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MemoryStorageTests extends AbstractStorageTests {

	@Override
	protected Storage openStorage() {
		return new MemoryStorage();
	}

	@Test
	void checkpointsShouldBeRefusedInMemory() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.storage.checkpoint(Path.of("checkpoint")))
			.withMessageContaining("cannot write checkpoints");
	}

	@Test
	void syncStatisticsShouldStayZeroInMemory() {
		this.storage.write(new WriteBatch().put("a", bytes("k"), bytes("hard")), true);
		this.storage.write(new WriteBatch().put("a", bytes("k"), bytes("soft")), false);
		this.storage.sync();
		assertThat(this.storage.syncStatistics()).isEqualTo(SyncStatistics.NONE);
	}

	@Test
	void oldSnapshotShouldOutliveManyOverwrites() {
		this.storage.write(new WriteBatch().put("a", bytes("k"), bytes("v0")), false);
		try (Snapshot old = this.storage.snapshot()) {
			for (int i = 1; i <= 2000; i++) {
				this.storage.write(new WriteBatch().put("a", bytes("k"), bytes("v" + i)), false);
				try (Snapshot recent = this.storage.snapshot()) {
					assertThat(recent.get("a", bytes("k"))).isEqualTo(bytes("v" + i));
				}
			}
			assertThat(old.get("a", bytes("k"))).isEqualTo(bytes("v0"));
		}
		try (Snapshot latest = this.storage.snapshot();
				KeyValueIterator entries = latest.range("a", null, null, false)) {
			assertThat(entries.next()).isTrue();
			assertThat(entries.value()).isEqualTo(bytes("v2000"));
			assertThat(entries.next()).isFalse();
		}
	}

}
