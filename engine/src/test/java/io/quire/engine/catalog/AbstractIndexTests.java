package io.quire.engine.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.quire.protocol.ErrorType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static io.quire.engine.catalog.AbstractCatalogTests.assertThatQueryError;
import static io.quire.engine.catalog.AbstractTableTests.ids;
import static io.quire.engine.catalog.FieldIndexCompiler.doc;
import static io.quire.engine.catalog.FieldIndexCompiler.field;
import static io.quire.engine.catalog.FieldIndexCompiler.multi;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secondary indexes every storage must give: ordering, multi indexes, DDL, background
 * builds.
 */
abstract class AbstractIndexTests extends AbstractBooksTableTests {

	@Test
	void betweenShouldOrderByIndexKeyThenPrimaryKey() throws Exception {
		createAndWait(field("year"));
		put("c", doc("id", "c", "year", 1990.0d));
		put("a", doc("id", "a", "year", 2000.0d));
		put("b", doc("id", "b", "year", 1990.0d));
		put("d", doc("id", "d"));
		assertThat(ids(this.table.between("year", Bound.none(), Bound.none(), false))).containsExactly("b", "c", "a");
		assertThat(ids(this.table.between("year", Bound.none(), Bound.none(), true))).containsExactly("a", "c", "b");
		assertThat(ids(this.table.between("year", Bound.open(1990.0d), Bound.none(), false))).containsExactly("a");
		assertThat(ids(this.table.between("year", Bound.closed(1990.0d), Bound.open(2000.0d), false)))
			.containsExactly("b", "c");
	}

	@Test
	void getAllShouldFindEveryDocumentWithTheKey() throws Exception {
		createAndWait(field("author"));
		put(1.0d, doc("id", 1.0d, "author", "Austen"));
		put(2.0d, doc("id", 2.0d, "author", "Herbert"));
		put(3.0d, doc("id", 3.0d, "author", "Austen"));
		assertThat(ids(this.table.getAll("author", "Austen"))).containsExactly(1.0d, 3.0d);
		assertThat(ids(this.table.getAll("author", "Nobody"))).isEmpty();
	}

	@Test
	void indexShouldFollowUpdatesAndDeletes() throws Exception {
		createAndWait(field("author"));
		put(1.0d, doc("id", 1.0d, "author", "Austen"));
		put(1.0d, doc("id", 1.0d, "author", "Bronte"));
		assertThat(ids(this.table.getAll("author", "Austen"))).isEmpty();
		assertThat(ids(this.table.getAll("author", "Bronte"))).containsExactly(1.0d);
		this.table.modify(1.0d, (old) -> null, Durability.HARD);
		assertThat(ids(this.table.getAll("author", "Bronte"))).isEmpty();
	}

	@Test
	void multiIndexShouldIndexEachElement() throws Exception {
		createAndWait(multi("tags", "tags"));
		put("a", doc("id", "a", "tags", List.of("sf", "classic")));
		put("b", doc("id", "b", "tags", List.of("classic")));
		assertThat(ids(this.table.getAll("tags", "classic"))).containsExactly("a", "b");
		assertThat(ids(this.table.getAll("tags", "sf"))).containsExactly("a");
		put("a", doc("id", "a", "tags", List.of("sf")));
		assertThat(ids(this.table.getAll("tags", "classic"))).containsExactly("b");
		assertThat(ids(this.table.between("tags", Bound.none(), Bound.none(), false))).containsExactly("b", "a");
	}

	@Test
	void indexDdlShouldUseRethinkDbMessages() throws Exception {
		createAndWait(field("year"));
		assertThatQueryError(() -> this.table.createIndex(field("year")), ErrorType.OP_FAILED,
				"Index `year` already exists on table `test.books`.");
		assertThatQueryError(() -> this.table.getAll("nope", 1.0d), ErrorType.OP_FAILED,
				"Index `nope` was not found on table `test.books`.");
		assertThatQueryError(() -> this.table.dropIndex("nope"), ErrorType.OP_FAILED,
				"Index `nope` does not exist on table `test.books`.");
		this.table.createIndex(field("title"));
		assertThatQueryError(() -> this.table.renameIndex("year", "title", false), ErrorType.OP_FAILED,
				"Index `title` already exists on table `test.books`.");
	}

	@Test
	void renameIndexShouldKeepItsEntries() throws Exception {
		createAndWait(field("year"));
		put("a", doc("id", "a", "year", 1.0d));
		assertThat(this.table.renameIndex("year", "published", false)).isTrue();
		assertThat(ids(this.table.getAll("published", 1.0d))).containsExactly("a");
		assertThat(this.table.indexes()).extracting((status) -> status.definition().name())
			.containsExactly("published");
		assertThat(this.table.renameIndex("published", "published", false)).isFalse();
	}

	@Test
	void renameIndexWithOverwriteShouldReplaceTheOther() throws Exception {
		createAndWait(field("year"));
		createAndWait(field("title"));
		put("a", doc("id", "a", "year", 1.0d, "title", "T"));
		assertThat(this.table.renameIndex("year", "title", true)).isTrue();
		assertThat(ids(this.table.getAll("title", 1.0d))).containsExactly("a");
		assertThat(this.table.indexes()).hasSize(1);
	}

	@Test
	void droppedIndexShouldBeGone() throws Exception {
		createAndWait(field("year"));
		this.table.dropIndex("year");
		assertThat(this.table.indexes()).isEmpty();
		assertThatQueryError(() -> this.table.getAll("year", 1.0d), ErrorType.OP_FAILED,
				"Index `year` was not found on table `test.books`.");
		put("a", doc("id", "a", "year", 1.0d));
		createAndWait(field("year"));
		assertThat(ids(this.table.getAll("year", 1.0d))).containsExactly("a");
	}

	@Test
	void tableConfigShouldListIndexes() throws Exception {
		createAndWait(field("year"));
		assertThat(this.catalog.tableConfig("test", "books")).containsEntry("indexes", List.of("year"));
	}

	@Test
	void indexBuiltOverExistingRowsShouldMatchWhileWritesContinue() throws Exception {
		seed(3000, (id) -> doc("id", id, "group", id % 10));
		ExecutorService writers = Executors.newFixedThreadPool(2);
		CountDownLatch started = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < 2; w++) {
			int writer = w;
			done.add(writers.submit(() -> rewriteWhileBuilding(writer, started)));
		}
		started.await();
		this.table.createIndex(field("group"));
		List<IndexStatus> statuses = this.table.awaitIndexes(List.of("group"));
		for (Future<?> future : done) {
			future.get(60, TimeUnit.SECONDS);
		}
		writers.shutdown();
		assertThat(statuses).singleElement().satisfies((status) -> assertThat(status.ready()).isTrue());
		assertIndexMatchesScan("group");
	}

	private void rewriteWhileBuilding(int writer, CountDownLatch started) {
		started.countDown();
		for (int round = 0; round < 3; round++) {
			for (int i = writer; i < 3000; i += 7) {
				double id = i;
				double group = (i + round + 1) % 10;
				if (i % 5 == 0) {
					this.table.modify(id, (old) -> null, Durability.SOFT);
				}
				else {
					this.table.modify(id, (old) -> doc("id", id, "group", group), Durability.SOFT);
				}
			}
			for (int i = 3000 + writer; i < 3300; i += 2) {
				double id = i;
				this.table.modify(id, (old) -> doc("id", id, "group", (double) (id % 10)), Durability.SOFT);
			}
		}
	}

	@Test
	void accessBeforeBuildFinishedShouldFailUntilReady() throws Exception {
		seed(600, (id) -> doc("id", id, "g", 1.0d));
		FieldIndexCompiler.gate = new CountDownLatch(1);
		try {
			this.table.createIndex(new IndexDefinition("g", "gate:g", false, false));
			IndexStatus building = this.table.indexes().get(0);
			assertThat(building.ready()).isFalse();
			assertThat(building.progress()).isLessThan(1.0d);
			assertThatQueryError(() -> this.table.getAll("g", 1.0d), ErrorType.OP_FAILED,
					"Index `g` on table `test.books` was accessed before its construction was finished.");
		}
		finally {
			FieldIndexCompiler.gate.countDown();
		}
		this.table.awaitIndexes(List.of());
		assertThat(this.table.indexes().get(0).ready()).isTrue();
		assertThat(this.table.indexes().get(0).progress()).isEqualTo(1.0d);
		assertThat(ids(this.table.getAll("g", 1.0d))).hasSize(600);
	}

	protected void assertIndexMatchesScan(String field) {
		List<Object> expected = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		try (RowIterator scan = this.table.scan(false)) {
			scan.forEachRemaining(rows::add);
		}
		rows.sort((a, b) -> {
			int byField = Double.compare((Double) a.get(field), (Double) b.get(field));
			return (byField != 0) ? byField : Double.compare((Double) a.get("id"), (Double) b.get("id"));
		});
		rows.forEach((row) -> expected.add(row.get("id")));
		assertThat(ids(this.table.between(field, Bound.none(), Bound.none(), false))).isEqualTo(expected);
	}

	protected void createAndWait(IndexDefinition definition) throws InterruptedException {
		this.table.createIndex(definition);
		this.table.awaitIndexes(List.of(definition.name()));
	}

	/** Writes documents with ids 0 to count - 1 in one soft batch. */
	protected void seed(int count, Function<Double, Map<String, Object>> document) {
		List<Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, Object> row = document.apply((double) i);
			rows.add(Map.entry(row.get("id"), (old) -> row));
		}
		assertThat(this.table.modifyAll(rows, Durability.SOFT)).allMatch(Change.class::isInstance);
	}

	protected void put(Object key, Map<String, Object> document) {
		this.table.modify(key, (old) -> document, Durability.HARD);
	}

}
