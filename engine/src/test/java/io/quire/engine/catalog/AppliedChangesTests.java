package io.quire.engine.catalog;

import java.util.List;
import java.util.Map;

import io.quire.engine.storage.ForwardingStorage;
import io.quire.engine.storage.Storage;
import io.quire.engine.storage.WriteBatch;
import io.quire.engine.storage.memory.MemoryStorage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.catalog.FieldIndexCompiler.doc;
import static io.quire.engine.catalog.FieldIndexCompiler.field;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A standby's catalog tells its feeds of the batches another catalog writes to the same
 * store, as a member applying the primary's log entries does: each batch's document
 * changes with the old value read before it is applied, and nothing for index, count or
 * metadata keys.
 */
class AppliedChangesTests {

	private final ReplicatingStorage store = new ReplicatingStorage(new MemoryStorage());

	private final DefaultCatalog primary = DefaultCatalog.open(this.store, FieldIndexCompiler::compile);

	private final DefaultCatalog standby = DefaultCatalog.openUninitialized(this.store, FieldIndexCompiler::compile,
			"standby");

	private final RecordingListener listener = new RecordingListener();

	{
		this.store.standby = this.standby;
		this.primary.createTable("test", "orders", "id", Durability.HARD);
		this.standby.reload();
		this.standby.table("test", "orders").subscribe(this.listener);
	}

	@AfterEach
	void close() {
		this.primary.close();
	}

	private Table orders() {
		return this.primary.table("test", "orders");
	}

	@Test
	void standbyFeedShouldSeeInsertUpdateAndDeleteWithOldAndNewValues() {
		orders().modify(1.0d, (old) -> doc("id", 1.0d, "qty", 1.0d), Durability.HARD);
		orders().modify(1.0d, (old) -> doc("id", 1.0d, "qty", 2.0d), Durability.HARD);
		orders().modify(1.0d, (old) -> null, Durability.HARD);
		assertThat(this.listener.changes).containsExactly(new Change(null, doc("id", 1.0d, "qty", 1.0d)),
				new Change(doc("id", 1.0d, "qty", 1.0d), doc("id", 1.0d, "qty", 2.0d)),
				new Change(doc("id", 1.0d, "qty", 2.0d), null));
	}

	@Test
	void indexEntriesAndCountsShouldNotBeChanges() {
		orders().createIndex(field("qty"));
		this.standby.reload();
		orders().modifyAll(List.of(Map.entry(1.0d, (old) -> doc("id", 1.0d, "qty", 5.0d)),
				Map.entry(2.0d, (old) -> doc("id", 2.0d, "qty", 6.0d))), Durability.HARD);
		assertThat(this.listener.changes).containsExactly(new Change(null, doc("id", 1.0d, "qty", 5.0d)),
				new Change(null, doc("id", 2.0d, "qty", 6.0d)));
	}

	@Test
	void feedShouldKeepItsChangesWhenTheStandbyReopensTheTable() {
		Table before = this.standby.table("test", "orders");
		orders().createIndex(field("qty"));
		this.standby.reload();
		assertThat(this.standby.table("test", "orders")).isNotSameAs(before);
		orders().modify(7.0d, (old) -> doc("id", 7.0d), Durability.HARD);
		assertThat(this.listener.changes).containsExactly(new Change(null, doc("id", 7.0d)));
	}

	@Test
	void onlyWatchedTablesShouldCostTheReadOfTheOldValue() {
		this.primary.createTable("test", "quiet", "id", Durability.HARD);
		this.standby.reload();
		int quiet = readsOf(
				() -> this.primary.table("test", "quiet").modify(1.0d, (old) -> doc("id", 1.0d), Durability.HARD));
		int watched = readsOf(() -> orders().modify(1.0d, (old) -> doc("id", 1.0d), Durability.HARD));
		assertThat(watched).isEqualTo(quiet + 1);
	}

	private int readsOf(Runnable write) {
		this.store.reads = 0;
		write.run();
		return this.store.reads;
	}

	@Test
	void endFeedsShouldEndEveryFeedAsUnavailable() {
		boolean[] unavailable = new boolean[1];
		this.standby.table("test", "orders").subscribe(new ChangeListener() {

			@Override
			public void onChange(Table table, Change change) {
			}

			@Override
			public void onUnavailable(Table table) {
				unavailable[0] = true;
			}

		});
		this.standby.endFeeds();
		assertThat(unavailable[0]).isTrue();
		orders().modify(1.0d, (old) -> doc("id", 1.0d), Durability.HARD);
		assertThat(this.listener.changes).isEmpty();
	}

	/**
	 * A store that, once the standby is set, has it read each batch's changes before the
	 * batch is written and tell its feeds after, as Raft's applier does.
	 */
	private static final class ReplicatingStorage extends ForwardingStorage {

		volatile @Nullable DefaultCatalog standby;

		volatile int reads;

		ReplicatingStorage(Storage delegate) {
			super(delegate);
		}

		@Override
		public void write(WriteBatch batch, boolean sync) {
			DefaultCatalog follower = this.standby;
			Runnable tell = (follower != null) ? follower.changesOf(batch) : () -> {
			};
			this.delegate.write(batch, sync);
			tell.run();
		}

		@Override
		public byte @Nullable [] get(String keyspace, byte[] key) {
			this.reads++;
			return this.delegate.get(keyspace, key);
		}

	}

}
