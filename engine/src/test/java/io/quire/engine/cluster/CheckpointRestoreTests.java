package io.quire.engine.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import io.quire.engine.storage.rocksdb.RocksDbStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointRestoreTests {

	private static final byte[] SERVER_ID = bytes("system:server/id");

	@TempDir
	Path directory;

	@Test
	void restoreShouldReplaceSharedContentsAndKeepThisMembersOwnValues() {
		Path checkpoint = this.directory.resolve("checkpoint");
		try (RocksDbStorage leader = RocksDbStorage.open(this.directory.resolve("leader"))) {
			leader.createKeyspace("table:1");
			leader.write(new WriteBatch().put(Storage.METADATA, SERVER_ID, bytes("leader"))
				.put(Storage.METADATA, bytes("table:1"), bytes("books"))
				.put(Storage.METADATA, StoreStateMachine.APPLIED_KEY, termIndex(2, 40))
				.put("table:1", bytes("row"), bytes("dune")), true);
			leader.checkpoint(checkpoint);
		}
		try (RocksDbStorage member = RocksDbStorage.open(this.directory.resolve("member"))) {
			member.createKeyspace("table:1");
			member.createKeyspace("table:9");
			member.write(new WriteBatch().put(Storage.METADATA, SERVER_ID, bytes("member"))
				.put(Storage.METADATA, bytes("table:9"), bytes("gone"))
				.put(Storage.METADATA, StoreStateMachine.APPLIED_KEY, termIndex(1, 3))
				.put("table:9", bytes("row"), bytes("stale"))
				.put("table:1", bytes("other"), bytes("stale")), true);
			CheckpointRestore.restore(member, checkpoint);
			assertThat(member.keyspaces()).containsExactlyInAnyOrder(Storage.METADATA, "table:1");
			assertThat(member.get("table:1", bytes("row"))).isEqualTo(bytes("dune"));
			assertThat(member.get("table:1", bytes("other"))).isNull();
			assertThat(member.get(Storage.METADATA, bytes("table:1"))).isEqualTo(bytes("books"));
			assertThat(member.get(Storage.METADATA, bytes("table:9"))).isNull();
			assertThat(member.get(Storage.METADATA, SERVER_ID)).isEqualTo(bytes("member"));
			assertThat(StoreStateMachine.storedIndex(member)).isEqualTo(40);
		}
	}

	private static byte[] termIndex(long term, long index) {
		return java.nio.ByteBuffer.allocate(2 * Long.BYTES).putLong(term).putLong(index).array();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
