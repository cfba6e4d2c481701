package io.quire.engine.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import io.quire.engine.QueryException;
import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static io.quire.engine.catalog.AbstractCatalogTests.assertThatQueryError;
import static io.quire.engine.catalog.FieldIndexCompiler.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Document reads and writes every storage must give: modify, scans, ranges, counts,
 * changes.
 */
abstract class AbstractTableTests extends AbstractBooksTableTests {

	@Test
	void modifyShouldInsertReplaceAndDelete() {
		Change inserted = put(1.0d, doc("id", 1.0d, "title", "Dune"));
		assertThat(inserted.oldValue()).isNull();
		assertThat(this.table.get(1.0d)).isEqualTo(doc("id", 1.0d, "title", "Dune"));
		Change replaced = put(1.0d, doc("id", 1.0d, "title", "Emma"));
		assertThat(replaced.oldValue()).isEqualTo(doc("id", 1.0d, "title", "Dune"));
		Change deleted = this.table.modify(1.0d, (old) -> null, Durability.SOFT);
		assertThat(deleted.newValue()).isNull();
		assertThat(this.table.get(1.0d)).isNull();
		assertThat(this.table.count()).isZero();
	}

	@Test
	void modifyShouldKeepEveryDatumType() {
		Map<String, Object> document = doc("id", "k", "n", -2.5d, "big", 1e300d, "int", 42.0d, "flag", true, "none",
				null, "list", List.of(1.0d, "x", List.of()), "nested", doc("a", doc("b", false)), "time",
				doc("$reql_type$", "TIME", "epoch_time", 1.5d, "timezone", "+00:00"));
		put("k", document);
		assertThat(this.table.get("k")).isEqualTo(document);
	}

	@Test
	void modifyShouldNormaliseIntegralKeysToNumbers() {
		put(7L, doc("id", 7.0d));
		assertThat(this.table.get(7.0d)).isEqualTo(doc("id", 7.0d));
		assertThat(this.table.get(7)).isEqualTo(doc("id", 7.0d));
	}

	@Test
	void modifyShouldRefuseToChangeThePrimaryKey() {
		put("a", doc("id", "a"));
		assertThatQueryError(() -> put("a", doc("id", "b")), ErrorType.QUERY_LOGIC,
				"Primary key `id` cannot be changed (`{\"id\":\"a\"}` -> `{\"id\":\"b\"}`).");
		assertThat(this.table.get("a")).isEqualTo(doc("id", "a"));
	}

	@Test
	void modifyShouldRefuseBadPrimaryKeys() {
		assertThatQueryError(() -> put("x".repeat(128), doc("id", "x".repeat(128))), ErrorType.QUERY_LOGIC,
				"Primary key too long (max 127 characters): \"" + "x".repeat(128) + "\"");
		assertThatQueryError(() -> this.table.get(doc("a", 1.0d)), ErrorType.QUERY_LOGIC,
				"Primary keys must be either a number, string, bool, pseudotype or array (got type OBJECT):\n{\"a\":1}");
		put("x".repeat(127), doc("id", "x".repeat(127)));
		assertThat(this.table.count()).isOne();
	}

	@Test
	void modifyThatChangesNothingShouldNotPublish() {
		put("a", doc("id", "a"));
		RecordingListener listener = subscribe();
		Change change = put("a", doc("id", "a"));
		Change absent = this.table.modify("b", (old) -> null, Durability.HARD);
		assertThat(change.isUnchanged()).isTrue();
		assertThat(absent.isUnchanged()).isTrue();
		assertThat(listener.changes).isEmpty();
	}

	@Test
	void failingUpdateShouldAbortOnlyThatWrite() {
		put("a", doc("id", "a", "v", 1.0d));
		assertThatQueryError(() -> this.table.modify("a", (old) -> {
			throw QueryException.queryLogic("boom");
		}, Durability.HARD), ErrorType.QUERY_LOGIC, "boom");
		assertThat(this.table.get("a")).isEqualTo(doc("id", "a", "v", 1.0d));
	}

	@Test
	void modifyAllShouldCommitEachEntryOnItsOwn() {
		put("b", doc("id", "b"));
		List<Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>>> updates = List.of(
				Map.entry("a", (old) -> doc("id", "a")), Map.entry("b", (old) -> doc("id", "other")),
				Map.entry("c", (old) -> doc("id", "c")), Map.entry("a", (old) -> doc("id", "a", "again", true)));
		List<Object> results = this.table.modifyAll(updates, Durability.HARD);
		assertThat(results.get(0)).isEqualTo(new Change(null, doc("id", "a")));
		assertThat(results.get(1)).isInstanceOf(QueryException.class);
		assertThat(results.get(3)).isEqualTo(new Change(doc("id", "a"), doc("id", "a", "again", true)));
		assertThat(this.table.get("a")).isEqualTo(doc("id", "a", "again", true));
		assertThat(this.table.get("b")).isEqualTo(doc("id", "b"));
		assertThat(this.table.count()).isEqualTo(3);
	}

	@Test
	void scanShouldFollowReqlOrderBothWays() {
		List<Object> keys = List.of("b", "a", 2.0d, -1.0d, true, List.of(1.0d));
		keys.forEach((key) -> put(key, doc("id", key)));
		assertThat(ids(this.table.scan(false))).containsExactly(List.of(1.0d), true, -1.0d, 2.0d, "a", "b");
		assertThat(ids(this.table.scan(true))).containsExactly("b", "a", 2.0d, -1.0d, true, List.of(1.0d));
	}

	@Test
	void betweenOnThePrimaryKeyShouldHonourBounds() {
		for (int i = 0; i < 10; i++) {
			put((double) i, doc("id", (double) i));
		}
		assertThat(ids(this.table.between("id", Bound.closed(3.0d), Bound.open(6.0d), false))).containsExactly(3.0d,
				4.0d, 5.0d);
		assertThat(ids(this.table.between("id", Bound.open(3.0d), Bound.closed(6.0d), true))).containsExactly(6.0d,
				5.0d, 4.0d);
		assertThat(ids(this.table.between("id", Bound.none(), Bound.open(2.0d), false))).containsExactly(0.0d, 1.0d);
		assertThat(ids(this.table.between("id", Bound.closed(8.5d), Bound.none(), false))).containsExactly(9.0d);
		assertThat(ids(this.table.between("id", Bound.closed(5.0d), Bound.open(5.0d), false))).isEmpty();
	}

	@Test
	void getAllOnThePrimaryKeyShouldFindOneDocument() {
		put("a", doc("id", "a"));
		assertThat(ids(this.table.getAll("id", "a"))).containsExactly("a");
		assertThat(ids(this.table.getAll("id", "z"))).isEmpty();
	}

	@Test
	void scanShouldSeeASnapshot() {
		put("a", doc("id", "a", "v", 1.0d));
		put("b", doc("id", "b", "v", 1.0d));
		try (RowIterator rows = this.table.scan(false)) {
			put("a", doc("id", "a", "v", 2.0d));
			this.table.modify("b", (old) -> null, Durability.HARD);
			put("c", doc("id", "c"));
			List<Map<String, Object>> seen = new ArrayList<>();
			rows.forEachRemaining(seen::add);
			assertThat(seen).containsExactly(doc("id", "a", "v", 1.0d), doc("id", "b", "v", 1.0d));
		}
	}

	@Test
	void changesShouldBePublishedOncePerDocumentInCommitOrder() throws Exception {
		RecordingListener listener = subscribe();
		ExecutorService writers = Executors.newFixedThreadPool(4);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < 4; w++) {
			done.add(writers.submit(() -> {
				for (int i = 0; i < 200; i++) {
					this.table.modify("counter", this::increment, Durability.SOFT);
				}
			}));
		}
		for (Future<?> future : done) {
			future.get(30, TimeUnit.SECONDS);
		}
		writers.shutdown();
		assertThat(listener.changes).hasSize(800);
		for (int i = 0; i < 800; i++) {
			Change change = listener.changes.get(i);
			assertThat(change.newValue()).containsEntry("n", i + 1.0d);
			assertThat((change.oldValue() != null) ? change.oldValue().get("n") : 0.0d).isEqualTo((double) i);
		}
	}

	@Test
	void unsubscribedListenerShouldStopReceiving() throws Exception {
		RecordingListener listener = new RecordingListener();
		AutoCloseable subscription = this.table.subscribe(listener);
		put("a", doc("id", "a"));
		subscription.close();
		put("b", doc("id", "b"));
		assertThat(listener.changes).hasSize(1);
	}

	@Test
	void countShouldStayExactUnderConcurrentWrites() throws Exception {
		ExecutorService writers = Executors.newFixedThreadPool(4);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < 4; w++) {
			int writer = w;
			done.add(writers.submit(() -> {
				for (int i = 0; i < 100; i++) {
					String key = writer + "-" + i;
					put(key, doc("id", key));
					put(key, doc("id", key, "again", true));
					if (i % 4 == 0) {
						this.table.modify(key, (old) -> null, Durability.HARD);
					}
				}
			}));
		}
		for (Future<?> future : done) {
			future.get(60, TimeUnit.SECONDS);
		}
		writers.shutdown();
		assertThat(this.table.count()).isEqualTo(300);
		assertThat(ids(this.table.scan(false))).hasSize(300);
	}

	@Test
	void approximateBytesShouldGrowWithData() {
		for (int i = 0; i < 200; i++) {
			put((double) i, doc("id", (double) i, "text", "x".repeat(100)));
		}
		this.table.sync();
		assertThat(this.table.approximateBytes()).isPositive();
	}

	private @Nullable Map<String, Object> increment(@Nullable Map<String, Object> old) {
		double n = (old != null) ? (Double) old.get("n") : 0.0d;
		return doc("id", "counter", "n", n + 1);
	}

	private RecordingListener subscribe() {
		RecordingListener listener = new RecordingListener();
		this.table.subscribe(listener);
		return listener;
	}

	protected Change put(Object key, Map<String, Object> document) {
		return this.table.modify(key, (old) -> document, Durability.HARD);
	}

	static List<Object> ids(RowIterator rows) {
		List<Object> ids = new ArrayList<>();
		try (rows) {
			rows.forEachRemaining((row) -> ids.add(row.get("id")));
		}
		return ids;
	}

}
