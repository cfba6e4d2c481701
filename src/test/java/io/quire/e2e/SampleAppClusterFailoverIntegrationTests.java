package io.quire.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quire.e2e.HttpJson.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static io.quire.e2e.ServerGroup.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app on a three-member cluster ({@code quire.hosts} with every member,
 * {@code quire.target-session-attrs=read-write}) while its primary is killed with
 * SIGKILL: the app answers errors for a bounded moment only, then creates books again,
 * keeps every book it acknowledged, and its health names the new primary.
 */
class SampleAppClusterFailoverIntegrationTests {

	/**
	 * The longest the app may go without creating a book: about 2 s across the kill on a
	 * quiet machine, bounded with room for a loaded one.
	 */
	private static final Duration LONGEST_OUTAGE = Duration.ofSeconds(20);

	@TempDir
	Path work;

	private ServerGroup group;

	private SampleAppJvm app;

	private final List<Created> created = new CopyOnWriteArrayList<>();

	private final AtomicBoolean writing = new AtomicBoolean(true);

	@AfterEach
	void stop() throws InterruptedException {
		this.writing.set(false);
		if (this.app != null) {
			this.app.close();
		}
		if (this.group != null) {
			this.group.close();
		}
	}

	@Test
	void appShouldKeepServingAndReportTheNewPrimaryWhenThePrimaryIsKilled() throws Exception {
		E2eJars.assumeServerAndSampleBuilt();
		this.group = ServerGroup.start(this.work);
		this.group.awaitPrimary();
		this.app = SampleAppJvm.startOnCluster(List.of(0, 1, 2).stream().map(this.group::driverPort).toList(),
				this.work);
		this.app.awaitUp();
		int primary = awaitHealthNamingThePrimary();
		Thread writer = startWriting();
		Poll.until(PATIENCE, () -> this.created.size() >= 20, this::state);
		this.group.kill(primary);
		long killedAt = System.nanoTime();
		Poll.until(PATIENCE, () -> createdSince(killedAt) >= 20, this::state);
		this.writing.set(false);
		writer.join(PATIENCE.toMillis());
		assertThat(longestWithoutCreating()).as("longest time the app created no book, the kill included")
			.isLessThan(LONGEST_OUTAGE);
		assertThat(awaitHealthNamingThePrimary()).as("primary after the kill").isNotEqualTo(primary);
		assertEveryCreatedBookIsStored();
	}

	/** Creates books from another thread without pause, noting each 201. */
	private Thread startWriting() {
		Thread writer = new Thread(() -> {
			for (int i = 0; this.writing.get(); i++) {
				Reply reply = this.app.http()
					.post("/books", SampleAppAgainstServerIntegrationTests.book("Book " + i, "Writer", "2001-01-01",
							"failover"));
				if (reply.status() == 201) {
					this.created.add(new Created(reply.body().get("id").asString(), System.nanoTime()));
				}
			}
		}, "book-writer");
		writer.setDaemon(true);
		writer.start();
		return writer;
	}

	/**
	 * Waits until the app's health shows the member that is the primary now (the group
	 * may still change its leader soon after its start), checks the cluster details, and
	 * returns that member.
	 */
	private int awaitHealthNamingThePrimary() throws InterruptedException {
		int[] primary = { -1 };
		Poll.until(PATIENCE, () -> {
			primary[0] = memberAt(quireHealth().path("details").path("address").asString());
			return primary[0] >= 0 && this.group.roleOrNone(primary[0]).equals("primary");
		}, this::state);
		String address = "127.0.0.1:" + this.group.driverPort(primary[0]);
		JsonNode quire = quireHealth();
		assertThat(quire.path("status").asString()).isEqualTo("UP");
		assertThat(quire.path("details").path("role").asString()).isEqualTo("primary");
		assertThat(quire.path("details").path("readOnly").asBoolean()).isFalse();
		JsonNode members = quire.path("details").path("members");
		assertThat(members.size()).isEqualTo(ServerGroup.SIZE);
		assertThat(members.valueStream().filter((member) -> member.path("role").asString().equals("primary")))
			.singleElement()
			.satisfies((member) -> assertThat(member.path("address").asString()).isEqualTo(address));
		return primary[0];
	}

	/** The live member at a driver address, or -1. */
	private int memberAt(String address) {
		return this.group.alive()
			.stream()
			.filter((member) -> address.equals("127.0.0.1:" + this.group.driverPort(member)))
			.findFirst()
			.orElse(-1);
	}

	private void assertEveryCreatedBookIsStored() {
		for (Created book : this.created) {
			Reply reply = this.app.http().get("/books/" + book.id());
			assertThat(reply.status()).as("book %s: %s", book.id(), reply).isEqualTo(200);
		}
	}

	private JsonNode quireHealth() {
		return this.app.http().tryGet("/actuator/health").body().path("components").path("quire");
	}

	private long createdSince(long nanos) {
		return this.created.stream().filter((book) -> book.at() > nanos).count();
	}

	private Duration longestWithoutCreating() {
		long[] times = this.created.stream().mapToLong(Created::at).sorted().toArray();
		long longest = 0;
		for (int i = 1; i < times.length; i++) {
			longest = Math.max(longest, times[i] - times[i - 1]);
		}
		return Duration.ofNanos(longest);
	}

	private String state() {
		return "created " + this.created.size() + ", health " + this.app.http().tryGet("/actuator/health") + "\n"
				+ tail(this.app.log()) + "\n" + this.group.state();
	}

	private static String tail(String log) {
		return log.substring(Math.max(0, log.length() - 3000));
	}

	/** A book the app answered 201 for, at a {@link System#nanoTime}. */
	private record Created(String id, long at) {
	}

}
