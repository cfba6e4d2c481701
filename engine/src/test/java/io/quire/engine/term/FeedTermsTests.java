package io.quire.engine.term;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quire.engine.QueryException;
import io.quire.engine.query.QueryResult;
import io.quire.engine.query.ReqlTester;
import io.quire.engine.query.ResultStream;
import io.quire.protocol.ResponseNote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class FeedTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@BeforeEach
	void rows() {
		this.reql.table("t", "[{'id':1,'n':1}]");
	}

	private ResultStream feed(String term) {
		QueryResult result = this.reql.result(term, "{}");
		assertThat(result).isInstanceOf(QueryResult.Sequence.class);
		return ((QueryResult.Sequence) result).stream();
	}

	@Test
	void tableFeedAnswersFirstAtOnceThenDeliversChanges() throws InterruptedException {
		try (ResultStream feed = feed("[152,[" + table("t") + "]]")) {
			assertThat(feed.notes()).containsExactly(ResponseNote.SEQUENCE_FEED);
			ResultStream.Batch first = feed.nextBatch();
			assertThat(first.rows()).isEmpty();
			assertThat(first.last()).isFalse();
			this.reql.value("[56,[" + table("t") + ",{'id':2}]]");
			this.reql.value("[53,[[16,[" + table("t") + ",1]],{'n':5}]]");
			ResultStream.Batch next = feed.nextBatch();
			assertThat(io.quire.engine.datum.Printer.json(next.rows())).isEqualTo(
					"[{\"new_val\":{\"id\":2},\"old_val\":null},{\"new_val\":{\"id\":1,\"n\":5},\"old_val\":{\"id\":1,\"n\":1}}]");
		}
	}

	@Test
	void pointFeedWithInitialValueAndStatesEndsAfterLimit() throws InterruptedException {
		try (ResultStream feed = feed(
				"[71,[[152,[[16,[" + table("t") + ",0]]],{'include_states':true,'include_initial':true}],3]]")) {
			assertThat(feed.notes()).containsExactly(ResponseNote.ATOM_FEED, ResponseNote.INCLUDES_STATES);
			ResultStream.Batch batch = feed.nextBatch();
			assertThat(io.quire.engine.datum.Printer.json(batch.rows()))
				.isEqualTo("[{\"state\":\"initializing\"},{\"new_val\":null},{\"state\":\"ready\"}]");
			assertThat(batch.last()).isTrue();
		}
	}

	@Test
	void feedsCanBeFilteredAndTyped() throws InterruptedException {
		String filtered = "[39,[[152,[" + table("t") + "],{'include_types':true}],"
				+ fn("[21,[" + field(field(X, "new_val"), "id") + ",5]]") + "]]";
		try (ResultStream feed = feed(filtered)) {
			feed.nextBatch();
			this.reql.value("[56,[" + table("t") + ",[2,[{'id':3},{'id':7}]]]]");
			assertThat(io.quire.engine.datum.Printer.json(feed.nextBatch().rows()))
				.isEqualTo("[{\"new_val\":{\"id\":7},\"old_val\":null,\"type\":\"add\"}]");
		}
	}

	@Test
	void squashFoldsUnreadChangesOfOneDocument() throws InterruptedException {
		try (ResultStream feed = feed("[152,[" + table("t") + "],{'squash':true}]")) {
			feed.nextBatch();
			this.reql.value("[53,[[16,[" + table("t") + ",1]],{'n':2}]]");
			this.reql.value("[53,[[16,[" + table("t") + ",1]],{'n':3}]]");
			this.reql.value("[56,[" + table("t") + ",{'id':9}]]");
			this.reql.value("[54,[[16,[" + table("t") + ",9]]]]");
			assertThat(io.quire.engine.datum.Printer.json(feed.nextBatch().rows()))
				.isEqualTo("[{\"new_val\":{\"id\":1,\"n\":3},\"old_val\":{\"id\":1,\"n\":1}}]");
		}
	}

	@Test
	void filteredTableFeedShowsDocumentsEnteringAndLeaving() throws InterruptedException {
		String watched = "[152,[[39,[" + table("t") + "," + fn("[21,[" + field(X, "n") + ",5]]") + "]]]]";
		try (ResultStream feed = feed(watched)) {
			feed.nextBatch();
			this.reql.value("[53,[[16,[" + table("t") + ",1]],{'n':9}]]");
			this.reql.value("[53,[[16,[" + table("t") + ",1]],{'n':7}]]");
			this.reql.value("[53,[[16,[" + table("t") + ",1]],{'n':2}]]");
			this.reql.value("[56,[" + table("t") + ",{'id':4,'n':0}]]");
			assertThat(io.quire.engine.datum.Printer.json(feed.nextBatch().rows()))
				.isEqualTo("[{\"new_val\":{\"id\":1,\"n\":9},\"old_val\":null},"
						+ "{\"new_val\":{\"id\":1,\"n\":7},\"old_val\":{\"id\":1,\"n\":9}},"
						+ "{\"new_val\":null,\"old_val\":{\"id\":1,\"n\":7}}]");
		}
	}

	@Test
	void getAllFeedWatchesItsKeys() throws InterruptedException {
		try (ResultStream feed = feed("[152,[[78,[" + table("t") + ",2,3]]],{'include_initial':true}]")) {
			assertThat(feed.nextBatch().rows()).isEmpty();
			this.reql.value("[56,[" + table("t") + ",[2,[{'id':2},{'id':5},{'id':3}]]]]");
			assertThat(io.quire.engine.datum.Printer.json(feed.nextBatch().rows()))
				.isEqualTo("[{\"new_val\":{\"id\":2},\"old_val\":null},{\"new_val\":{\"id\":3},\"old_val\":null}]");
		}
	}

	@Test
	void orderedLimitFeedReportsTheWindow() throws InterruptedException {
		this.reql.value("[56,[" + table("t") + ",[2,[{'id':2,'n':2},{'id':3,'n':3}]]]]");
		this.reql.value("[75,[" + table("t") + ",'n']]");
		this.reql.value("[140,[" + table("t") + "]]");
		String top = "[152,[[71,[[41,[" + table("t") + "],{'index':'n'}],2]]],{'include_initial':true}]";
		try (ResultStream feed = feed(top)) {
			assertThat(feed.notes()).containsExactly(ResponseNote.ORDER_BY_LIMIT_FEED);
			assertThat(io.quire.engine.datum.Printer.json(feed.nextBatch().rows()))
				.isEqualTo("[{\"new_val\":{\"id\":1,\"n\":1}},{\"new_val\":{\"id\":2,\"n\":2}}]");
			this.reql.value("[56,[" + table("t") + ",{'id':0,'n':0}]]");
			this.reql.value("[56,[" + table("t") + ",{'id':9,'n':9}]]");
			this.reql.value("[53,[[16,[" + table("t") + ",1]],{'x':true}]]");
			assertThat(io.quire.engine.datum.Printer.json(feed.nextBatch().rows()))
				.isEqualTo("[{\"new_val\":{\"id\":0,\"n\":0},\"old_val\":{\"id\":2,\"n\":2}},"
						+ "{\"new_val\":{\"id\":1,\"n\":1,\"x\":true},\"old_val\":{\"id\":1,\"n\":1}}]");
		}
	}

	/**
	 * RethinkDB's changefeeds/idxcopy test: a squashed window feed tells only where the
	 * window ended up, rows that entered and left again folded away.
	 */
	@Test
	void squashedOrderedLimitFeedShouldFoldRowsThatEnteredAndLeft() throws InterruptedException {
		this.reql.table("w", "[]");
		this.reql.value("[75,[" + table("w") + ",'a']]");
		this.reql.value("[140,[" + table("w") + "]]");
		String top = "[152,[[71,[[41,[" + table("w") + "],{'index':'a'}],10]]],{'squash':true}]";
		try (ResultStream feed = feed(top)) {
			feed.nextBatch();
			this.reql.value("[56,[" + table("w") + ",[38,[[173,[0,12]]," + fn("{'id':" + X + ",'a':5}") + "]]]]");
			this.reql.value("[54,[[78,[" + table("w") + ",1,8,9],{'index':'id'}]]]");
			java.util.List<String> changes = new java.util.ArrayList<>();
			rows(feed, 9).forEach((row) -> changes.add(io.quire.engine.datum.Printer.json(row)));
			java.util.List<String> expected = new java.util.ArrayList<>();
			for (int id : new int[] { 0, 2, 3, 4, 5, 6, 7, 10, 11 }) {
				expected.add("{\"new_val\":{\"a\":5,\"id\":" + id + "},\"old_val\":null}");
			}
			assertThat(changes).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	/** RethinkDB's changefeeds/table test sets the queue size as a global optarg. */
	@Test
	void globalChangefeedQueueSizeShouldBoundTheFeed() throws InterruptedException {
		QueryResult result = this.reql.result("[152,[" + table("t") + "]]", "{'changefeed_queue_size':10}");
		try (ResultStream feed = ((QueryResult.Sequence) result).stream()) {
			feed.nextBatch();
			this.reql.value("[56,[" + table("t") + ",[38,[[173,[100,130]]," + fn("{'id':" + X + "}") + "]]]]");
			java.util.List<Object> rows = rows(feed, 11);
			assertThat(io.quire.engine.datum.Printer.json(rows))
				.contains("{\"error\":\"Changefeed cache over array size limit, skipped 20 elements.\"}");
		}
	}

	/**
	 * RethinkDB's changefeeds/sindex test: min and max by an index follow the first row.
	 */
	@Test
	void minAndMaxByIndexShouldFeedTheFirstRowInThatOrder() throws InterruptedException {
		this.reql.table("s", "[{'id':1,'a':8},{'id':2,'a':7}]");
		this.reql.value("[75,[" + table("s") + ",'a']]");
		this.reql.value("[140,[" + table("s") + "]]");
		String options = "{'squash':false,'include_initial':true}";
		ResultStream idMin = feed("[152,[[147,[" + table("s") + "],{'index':'id'}]]," + options + "]");
		ResultStream aMax = feed("[152,[[148,[" + table("s") + "],{'index':'a'}]]," + options + "]");
		try (idMin; aMax) {
			assertThat(aMax.notes()).containsExactly(ResponseNote.ORDER_BY_LIMIT_FEED);
			this.reql.value("[56,[" + table("s") + ",[2,[{'id':0,'a':9},{'id':3,'a':6}]]]]");
			String expected = "[{\"new_val\":{\"a\":8,\"id\":1}},"
					+ "{\"new_val\":{\"a\":9,\"id\":0},\"old_val\":{\"a\":8,\"id\":1}}]";
			assertThat(io.quire.engine.datum.Printer.json(rows(idMin, 2))).isEqualTo(expected);
			assertThat(io.quire.engine.datum.Printer.json(rows(aMax, 2))).isEqualTo(expected);
		}
	}

	private static java.util.List<Object> rows(ResultStream feed, int count) throws InterruptedException {
		java.util.List<Object> rows = new java.util.ArrayList<>();
		while (rows.size() < count) {
			rows.addAll(feed.nextBatch().rows());
		}
		return rows;
	}

	@Test
	void orderedLimitFeedReportsOffsetsWhenAsked() throws InterruptedException {
		this.reql.value("[75,[" + table("t") + ",'n']]");
		this.reql.value("[140,[" + table("t") + "]]");
		String top = "[152,[[71,[[41,[" + table("t")
				+ "],{'index':'n'}],2]]],{'include_initial':true,'include_offsets':true}]";
		try (ResultStream feed = feed(top)) {
			assertThat(io.quire.engine.datum.Printer.json(feed.nextBatch().rows()))
				.isEqualTo("[{\"new_offset\":0,\"new_val\":{\"id\":1,\"n\":1}}]");
			this.reql.value("[56,[" + table("t") + ",{'id':0,'n':0}]]");
			assertThat(io.quire.engine.datum.Printer.json(feed.nextBatch().rows()))
				.isEqualTo("[{\"new_offset\":0,\"new_val\":{\"id\":0,\"n\":0},\"old_offset\":null,\"old_val\":null}]");
		}
		assertThat(this.reql.error("[152,[" + table("t") + "],{'include_offsets':true}]").getMessage())
			.isEqualTo("Cannot include offsets for range subscriptions.");
	}

	@Test
	void closingWakesABlockedBatch() throws Exception {
		ResultStream feed = feed("[152,[" + table("t") + "]]");
		feed.nextBatch();
		CompletableFuture<ResultStream.Batch> waiting = CompletableFuture.supplyAsync(() -> {
			try {
				return feed.nextBatch();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		Thread.sleep(100);
		assertThat(waiting).isNotDone();
		feed.close();
		assertThat(waiting.get(5, TimeUnit.SECONDS).last()).isTrue();
	}

	@Test
	void betweenFeedOnlySeesItsRange() throws InterruptedException {
		try (ResultStream feed = feed("[152,[[182,[" + table("t") + ",10,20]]],{'include_initial':true}]")) {
			assertThat(feed.nextBatch().rows()).isEmpty();
			this.reql.value("[56,[" + table("t") + ",[2,[{'id':5},{'id':15}]]]]");
			assertThat(io.quire.engine.datum.Printer.json(feed.nextBatch().rows()))
				.isEqualTo("[{\"new_val\":{\"id\":15},\"old_val\":null}]");
		}
	}

	@Test
	void terminalOperationsOnFeedsFail() {
		assertThat(this.reql.error("[43,[[152,[" + table("t") + "]]]]").getMessage()).isEqualTo(
				"Cannot call a terminal (`reduce`, `count`, etc.) on an infinite stream (such as a changefeed).");
	}

	@Test
	void feedsOnArbitraryStreamsAreRejected() {
		assertThat(this.reql.error("[152,[[173,[3]]]]").getMessage())
			.isEqualTo("Cannot call `changes` on an eager stream.");
	}

	@Test
	void changesOnWhatCannotBeFollowedUsesRethinkDbsErrors() {
		QueryException onArray = this.reql.error("[152,[[2,[1]]]]");
		assertThat(onArray.getMessage()).isEqualTo("Cannot call `changes` on an eager stream.");
		assertThat(onArray.backtrace()).containsExactly(0);
		assertThat(this.reql.error("[152,[1]]").getMessage()).isEqualTo("Expected type SELECTION but found DATUM:\n1");
		this.reql.table("followed", "[{'id':1}]");
		QueryException afterGroup = this.reql.error("[152,[[144,[[15,['followed']],'x']]]]");
		assertThat(afterGroup.getMessage()).isEqualTo("Cannot call `changes` after `group`.");
		assertThat(afterGroup.backtrace()).isEmpty();
		assertThat(this.reql.error("[152,[[42,[[15,['followed']]]]]]").getMessage())
			.isEqualTo("Cannot call `changes` after `distinct`.");
	}

}
