package io.quire.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.quire.driver.query.Changes;
import io.quire.driver.testing.TestServers;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Changefeeds through the Quire driver against an embedded server: every feed form, the
 * blocking cursor with and without a timeout, and the {@link Flow.Publisher} with
 * backpressure.
 */
class ChangefeedIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	/**
	 * The network timeout of the connection feeds run on, which their waits for changes
	 * outlast.
	 */
	private static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(1);

	private static QuireServer server;

	private static ConnectionFactory factory;

	private static Connection connection;

	private static Connection writer;

	record Book(long id, String title, long year) {
	}

	@BeforeAll
	static void startServer() {
		server = TestServers.start();
		factory = ConnectionFactory.create(TestServers.options(server).build());
		connection = ConnectionFactory.create(TestServers.options(server).networkTimeout(NETWORK_TIMEOUT).build())
			.connect();
		writer = factory.connect();
	}

	@AfterAll
	static void stopServer() {
		connection.close();
		writer.close();
		server.close();
	}

	@BeforeEach
	void freshTable() {
		if (r.db("test").tableList().runAtom(writer, List.class).contains("books")) {
			r.db("test").tableDrop("books").runAtom(writer);
		}
		r.db("test").tableCreate("books").runAtom(writer);
		r.table("books").indexCreate("year").runAtom(writer);
		r.table("books").indexWait("year").runAtom(writer);
	}

	private static void write(Object query) {
		((io.quire.driver.query.ReqlAst) query).runAtom(writer);
	}

	private static Map<String, Object> book(long id, String title, long year) {
		return Map.of("id", id, "title", title, "year", year);
	}

	private static <T> Change<T> nextChange(ChangeCursor<T> cursor) {
		return cursor.next(WAIT).orElseThrow(() -> new AssertionError("no change within " + WAIT));
	}

	@Test
	void tableFeedShouldMapDocumentsAndTellAddChangeAndRemoveApart() {
		try (ChangeCursor<Book> feed = r.table("books").changes().run(connection, Book.class)) {
			assertThat(feed.isFeed()).isTrue();
			write(r.table("books").insert(book(1, "Dune", 1965)));
			write(r.table("books").get(1).update(Map.of("year", 1966)));
			write(r.table("books").get(1).delete());
			Change<Book> added = nextChange(feed);
			assertThat(added.type()).isEqualTo(ChangeType.ADD);
			assertThat(added.oldValue()).isNull();
			assertThat(added.newValue()).isEqualTo(new Book(1, "Dune", 1965));
			Change<Book> changed = nextChange(feed);
			assertThat(changed.type()).isEqualTo(ChangeType.CHANGE);
			assertThat(changed.oldValue().year()).isEqualTo(1965);
			assertThat(changed.newValue().year()).isEqualTo(1966);
			Change<Book> removed = nextChange(feed);
			assertThat(removed.type()).isEqualTo(ChangeType.REMOVE);
			assertThat(removed.newValue()).isNull();
		}
	}

	@Test
	void nextWithATimeoutShouldGiveUpWithoutLosingTheChangeThatComesLater() {
		try (ChangeCursor<Book> feed = r.table("books").changes().run(connection, Book.class)) {
			assertThat(feed.next(Duration.ofMillis(50))).isEmpty();
			write(r.table("books").insert(book(2, "Emma", 1815)));
			assertThat(nextChange(feed).newValue().title()).isEqualTo("Emma");
		}
	}

	@Test
	void aFeedShouldOutliveTheNetworkTimeoutWhileItWaitsForChanges() throws InterruptedException {
		try (ChangeCursor<Book> feed = r.table("books").changes().run(connection, Book.class)) {
			assertThat(feed.next(NETWORK_TIMEOUT.multipliedBy(2))).isEmpty();
			write(r.table("books").insert(book(3, "Ulysses", 1922)));
			assertThat(nextChange(feed).newValue().title()).isEqualTo("Ulysses");
			assertThat(connection.isOpen()).isTrue();
		}
	}

	@Test
	void pointFeedShouldSendInitialValueAndStates() {
		write(r.table("books").insert(book(4, "Beloved", 1987)));
		Changes changes = r.table("books").get(4).changes().includeInitial(true).includeStates(true).includeTypes(true);
		try (ChangeCursor<Book> feed = changes.run(connection, Book.class)) {
			assertThat(nextChange(feed).state()).isEqualTo("initializing");
			Change<Book> initial = nextChange(feed);
			assertThat(initial.type()).isEqualTo(ChangeType.INITIAL);
			assertThat(initial.newValue().title()).isEqualTo("Beloved");
			Change<Book> ready = nextChange(feed);
			assertThat(ready.type()).isEqualTo(ChangeType.STATE);
			assertThat(ready.state()).isEqualTo("ready");
			write(r.table("books").get(5).replace(book(5, "Other", 2000)));
			write(r.table("books").get(4).update(Map.of("year", 1988)));
			assertThat(nextChange(feed).newValue().year()).isEqualTo(1988);
		}
	}

	@Test
	void initialValuesWithoutTypesShouldStillBeTypedInitial() {
		write(r.table("books").insert(book(6, "Middlemarch", 1871)));
		try (ChangeCursor<Book> feed = r.table("books").changes().includeInitial(true).run(connection, Book.class)) {
			Change<Book> initial = nextChange(feed);
			assertThat(initial.type()).isEqualTo(ChangeType.INITIAL);
			assertThat(initial.newValue().id()).isEqualTo(6);
		}
	}

	@Test
	void filteredFeedShouldOnlySeeMatchingDocuments() {
		Changes changes = r.table("books").filter((book) -> book.g("year").gt(1900)).changes();
		try (ChangeCursor<Book> feed = changes.run(connection, Book.class)) {
			write(r.table("books").insert(book(7, "Old", 1850)));
			write(r.table("books").insert(book(8, "New", 1950)));
			assertThat(nextChange(feed).newValue()).isEqualTo(new Book(8, "New", 1950));
			write(r.table("books").get(8).update(Map.of("year", 1800)));
			Change<Book> left = nextChange(feed);
			assertThat(left.type()).isEqualTo(ChangeType.REMOVE);
			assertThat(left.oldValue().year()).isEqualTo(1950);
		}
	}

	@Test
	void mappedAndPluckedFeedsShouldCarryTheShownValues() {
		try (ChangeCursor<Object> titles = r.table("books").map((book) -> book.g("title")).changes().run(connection);
				ChangeCursor<Object> plucked = r.table("books").pluck("id", "year").changes().run(connection)) {
			write(r.table("books").insert(book(9, "Walden", 1854)));
			assertThat(nextChange(titles).newValue()).isEqualTo("Walden");
			assertThat(nextChange(plucked).newValue()).isEqualTo(Map.of("id", 9L, "year", 1854L));
		}
	}

	@Test
	void betweenAndGetAllFeedsByIndexShouldSeeOnlyTheirKeys() {
		Changes range = r.table("books").between(1900, 2000).optArg("index", "year").changes();
		Changes keys = r.table("books").getAll(1813).optArg("index", "year").changes();
		try (ChangeCursor<Book> inRange = range.run(connection, Book.class);
				ChangeCursor<Book> byKey = keys.run(connection, Book.class)) {
			write(r.table("books").insert(List.of(book(10, "Pride", 1813), book(11, "Lolita", 1955))));
			assertThat(nextChange(inRange).newValue().title()).isEqualTo("Lolita");
			assertThat(nextChange(byKey).newValue().title()).isEqualTo("Pride");
			assertThat(inRange.next(Duration.ofMillis(100))).isEmpty();
		}
	}

	@Test
	void orderedLimitFeedShouldReportOffsets() {
		write(r.table("books").insert(List.of(book(12, "A", 1900), book(13, "B", 1950))));
		Changes top = r.table("books")
			.orderBy()
			.optArg("index", r.desc("year"))
			.limit(1)
			.changes()
			.includeOffsets(true);
		try (ChangeCursor<Book> feed = top.includeInitial(true).run(connection, Book.class)) {
			Change<Book> initial = nextChange(feed);
			assertThat(initial.newValue().title()).isEqualTo("B");
			assertThat(initial.newOffset()).isZero();
			write(r.table("books").insert(book(14, "C", 2000)));
			Change<Book> replaced = nextChange(feed);
			assertThat(replaced.oldValue().title()).isEqualTo("B");
			assertThat(replaced.newValue().title()).isEqualTo("C");
			assertThat(replaced.oldOffset()).isZero();
			assertThat(replaced.newOffset()).isZero();
		}
	}

	@Test
	void squashShouldFoldUnreadChangesOfOneDocument() {
		try (ChangeCursor<Book> feed = r.table("books").changes().squash(true).run(connection, Book.class)) {
			write(r.table("books").insert(book(15, "Draft", 2001)));
			write(r.table("books").get(15).update(Map.of("title", "Final")));
			write(r.table("books").insert(book(16, "Marker", 2002)));
			Change<Book> folded = nextChange(feed);
			assertThat(folded.oldValue()).isNull();
			assertThat(folded.newValue().title()).isEqualTo("Final");
			assertThat(nextChange(feed).newValue().title()).isEqualTo("Marker");
		}
	}

	@Test
	void limitedFeedShouldEndAfterItsRows() {
		try (ChangeCursor<Book> feed = r.table("books").changes().limit(2).run(connection, Book.class)) {
			write(r.table("books").insert(List.of(book(17, "One", 1), book(18, "Two", 2))));
			List<Long> ids = new ArrayList<>();
			feed.forEachRemaining((change) -> ids.add(change.newValue().id()));
			assertThat(ids).containsExactlyInAnyOrder(17L, 18L);
			assertThatThrownBy(() -> feed.next(Duration.ofMillis(10))).isInstanceOf(NoSuchElementException.class);
		}
	}

	@Test
	void aReaderThatFallsBehindShouldGetAnErrorRowForTheChangesTheServerSkipped() {
		try (ChangeCursor<Book> feed = r.table("books").changes().changefeedQueueSize(5).run(connection, Book.class)) {
			for (int i = 0; i < 20; i++) {
				write(r.table("books").insert(book(100 + i, "t" + i, i)));
			}
			Change<Book> skipped = nextChange(feed);
			assertThat(skipped.type()).isEqualTo(ChangeType.ERROR);
			assertThat(skipped.error()).isEqualTo("Changefeed cache over array size limit, skipped 15 elements.");
			List<Long> kept = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				kept.add(nextChange(feed).newValue().id());
			}
			assertThat(kept).containsExactly(100L, 101L, 102L, 103L, 104L);
		}
	}

	@Test
	void droppingTheTableShouldEndTheFeedWithTheServersError() {
		try (ChangeCursor<Book> feed = r.table("books").changes().run(connection, Book.class)) {
			r.db("test").tableDrop("books").runAtom(writer);
			assertThatThrownBy(feed::next).isInstanceOf(QuireOpFailedException.class)
				.hasMessageContaining("Changefeed aborted (table `test.books` was dropped).");
		}
	}

	@Test
	void closingTheCursorShouldStopTheServerSideFeed() {
		ChangeCursor<Book> feed = r.table("books").changes().run(connection, Book.class);
		assertThat(feed.next(Duration.ofMillis(20))).isEmpty();
		await().atMost(WAIT).until(() -> server.metrics().openCursors() == 1);
		feed.close();
		await().atMost(WAIT).until(() -> server.metrics().openCursors() == 0);
		assertThat(r.expr(1).runAtom(connection)).isEqualTo(1L);
	}

	@Test
	void publisherShouldDeliverOnlyWhatWasRequested() throws InterruptedException {
		Recorder<Book> recorder = new Recorder<>();
		r.table("books").changes().publisher(connection, Book.class).subscribe(recorder);
		recorder.subscribed.await(10, TimeUnit.SECONDS);
		await().atMost(WAIT).until(() -> server.metrics().openCursors() == 1);
		write(r.table("books").insert(List.of(book(20, "a", 1), book(21, "b", 2), book(22, "c", 3))));
		recorder.subscription.get().request(2);
		await().atMost(WAIT).until(() -> recorder.changes.size() == 2);
		assertThat(recorder.changes).hasSize(2);
		recorder.subscription.get().request(1);
		await().atMost(WAIT).until(() -> recorder.changes.size() == 3);
		assertThat(recorder.changes).extracting((change) -> change.newValue().id()).containsExactly(20L, 21L, 22L);
		recorder.subscription.get().cancel();
		await().atMost(WAIT).until(() -> server.metrics().openCursors() == 0);
		assertThat(recorder.completed.getCount()).isEqualTo(1);
	}

	@Test
	void publisherOnAFactoryShouldReturnItsConnectionWhenCancelled() throws InterruptedException {
		Recorder<Book> recorder = new Recorder<>();
		long connectionsBefore = server.connections().size();
		r.table("books").changes().publisher(factory, Book.class).subscribe(recorder);
		recorder.subscribed.await(10, TimeUnit.SECONDS);
		recorder.subscription.get().request(Long.MAX_VALUE);
		await().atMost(WAIT)
			.until(() -> server.connections().size() == connectionsBefore + 1 && server.metrics().openCursors() == 1);
		write(r.table("books").insert(book(23, "d", 4)));
		await().atMost(WAIT).until(() -> recorder.changes.size() == 1);
		recorder.subscription.get().cancel();
		await().atMost(WAIT).until(() -> server.connections().size() == connectionsBefore);
	}

	@Test
	void publisherShouldFailTheSubscriberWhenTheTableIsDropped() throws InterruptedException {
		Recorder<Book> recorder = new Recorder<>();
		r.table("books").changes().publisher(connection, Book.class).subscribe(recorder);
		recorder.subscribed.await(10, TimeUnit.SECONDS);
		recorder.subscription.get().request(10);
		await().atMost(WAIT).until(() -> server.metrics().openCursors() == 1);
		r.db("test").tableDrop("books").runAtom(writer);
		assertThat(recorder.completed.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(recorder.failure.get()).isInstanceOf(QuireOpFailedException.class);
	}

	@Test
	void requestingNothingShouldFailTheSubscriberAndStopTheFeed() throws InterruptedException {
		Recorder<Book> recorder = new Recorder<>();
		r.table("books").changes().publisher(connection, Book.class).subscribe(recorder);
		recorder.subscribed.await(10, TimeUnit.SECONDS);
		await().atMost(WAIT).until(() -> server.metrics().openCursors() == 1);
		recorder.subscription.get().request(0);
		assertThat(recorder.completed.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(recorder.failure.get()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.9");
		await().atMost(WAIT).until(() -> server.metrics().openCursors() == 0);
	}

	/** A subscriber that records what it gets and requests nothing by itself. */
	static final class Recorder<T> implements Flow.Subscriber<Change<T>> {

		final List<Change<T>> changes = new CopyOnWriteArrayList<>();

		final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();

		final AtomicReference<Throwable> failure = new AtomicReference<>();

		final CountDownLatch subscribed = new CountDownLatch(1);

		final CountDownLatch completed = new CountDownLatch(1);

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription.set(subscription);
			this.subscribed.countDown();
		}

		@Override
		public void onNext(Change<T> item) {
			this.changes.add(item);
		}

		@Override
		public void onError(Throwable throwable) {
			this.failure.set(throwable);
			this.completed.countDown();
		}

		@Override
		public void onComplete() {
			this.completed.countDown();
		}

	}

}
