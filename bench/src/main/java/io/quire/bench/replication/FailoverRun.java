package io.quire.bench.replication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.QuireException;
import io.quire.driver.TargetSessionAttrs;

/**
 * One failover of a fresh three-member group: client threads insert single documents
 * ({@code durability: hard}) through connections that follow the primary; after a while
 * the primary's process gets SIGKILL, and the run measures the time from the kill to the
 * first write acknowledged that was sent after it (so by a new primary, whose port is
 * recorded). Appends one line to {@code failover.csv}.
 */
final class FailoverRun {

	static final String CSV_HEADER = "run,killed_port,new_primary_port,failover_ms,acks_before_kill,"
			+ "failures_after_kill";

	private static final Duration READY = Duration.ofSeconds(90);

	private static final Duration GIVE_UP = Duration.ofSeconds(60);

	private final List<Member> members;

	private final int threads;

	private final Duration loadTime;

	private final AtomicBoolean writing = new AtomicBoolean(true);

	private final Acknowledgements acks = new Acknowledgements();

	FailoverRun(List<Member> members, int threads, Duration loadTime) {
		this.members = members;
		this.threads = threads;
		this.loadTime = loadTime;
	}

	/** Runs the failover and appends its line (with the run's number) to the file. */
	void run(int number, Path csv) throws IOException, InterruptedException {
		ConnectionOptions options = Member.writable(this.members);
		try (ConnectionFactory factory = ConnectionFactory.create(options)) {
			Ready.await(READY, () -> FailoverWrites.createTable(factory));
			Member primary = primary();
			List<Thread> writers = startWriters(factory);
			Thread.sleep(this.loadTime.toMillis());
			long acksBefore = this.acks.count();
			this.acks.killing();
			ProcessHandle.of(primary.pid()).ifPresent(ProcessHandle::destroyForcibly);
			this.acks.killed();
			boolean recovered = this.acks.awaitFirstAfterKill(GIVE_UP);
			this.writing.set(false);
			for (Thread writer : writers) {
				writer.join(TimeUnit.SECONDS.toMillis(30));
			}
			String line = String.format(Locale.ROOT, "%d,%d,%d,%.0f,%d,%d", number, primary.port(),
					this.acks.firstPort(), recovered ? this.acks.failoverMillis() : -1, acksBefore,
					this.acks.failuresAfterKill());
			System.out.println(line);
			if (!Files.exists(csv)) {
				Files.writeString(csv, CSV_HEADER + "\n");
			}
			Files.writeString(csv, line + "\n", StandardOpenOption.APPEND);
		}
	}

	/** The member that reports itself primary. */
	private Member primary() {
		for (Member member : this.members) {
			ConnectionOptions one = ConnectionOptions.builder()
				.host("127.0.0.1")
				.port(member.port())
				.targetSessionAttrs(TargetSessionAttrs.ANY)
				.build();
			try (ConnectionFactory factory = ConnectionFactory.create(one); Connection connection = factory.connect()) {
				if (connection.serverInfo().isPrimary()) {
					return member;
				}
			}
		}
		throw new IllegalStateException("no member reports itself primary");
	}

	private List<Thread> startWriters(ConnectionFactory factory) {
		List<Thread> writers = new ArrayList<>();
		for (int i = 0; i < this.threads; i++) {
			Thread writer = new Thread(() -> write(factory), "failover-writer-" + i);
			writer.setDaemon(true);
			writer.start();
			writers.add(writer);
		}
		return writers;
	}

	/**
	 * Inserts one document after the other on its own connection. After a retryable
	 * failure the connection finds the new primary by itself on its next query; after any
	 * other failure the writer opens a new one.
	 */
	private void write(ConnectionFactory factory) {
		Connection connection = null;
		long sequence = 0;
		String prefix = Thread.currentThread().getName() + "-";
		while (this.writing.get()) {
			long sent = System.nanoTime();
			try {
				connection = (connection != null) ? connection : factory.connect();
				FailoverWrites.insert(connection, prefix + sequence++);
				this.acks.acknowledged(sent, System.nanoTime(), connection.port());
			}
			catch (RuntimeException ex) {
				this.acks.failed();
				boolean retryable = ex instanceof QuireException quire && quire.isRetryable();
				if (!retryable && connection != null) {
					FailoverWrites.closeQuietly(connection);
					connection = null;
				}
				Ready.pause(5);
			}
		}
		if (connection != null) {
			FailoverWrites.closeQuietly(connection);
		}
	}

}
