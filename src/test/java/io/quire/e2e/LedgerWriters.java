package io.quire.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.net.Connection;

/**
 * Clients that insert new ids one by one with hard durability into a table of a
 * {@link ServerGroup}, each on its own thread with the official driver, and a ledger of
 * every id a member acknowledged: who acknowledged it and when. After a failure (a
 * standby's refusal, a dead socket, a timeout) a writer moves on to the next live member.
 * An id is in the ledger only once acknowledged, so every id there must survive.
 */
final class LedgerWriters implements AutoCloseable {

	private static final RethinkDB r = RethinkDB.r;

	private final ServerGroup group;

	private final String table;

	private final Map<String, Ack> ledger = new ConcurrentHashMap<>();

	private final AtomicBoolean writing = new AtomicBoolean(true);

	private final List<Thread> threads = new ArrayList<>();

	private LedgerWriters(ServerGroup group, String table) {
		this.group = group;
		this.table = table;
	}

	/** Starts {@code count} writers that begin on member {@code first}. */
	static LedgerWriters start(ServerGroup group, String table, int first, int count) {
		LedgerWriters writers = new LedgerWriters(group, table);
		for (int i = 0; i < count; i++) {
			int writer = i;
			Thread thread = new Thread(() -> writers.write(writer, first), "writer-" + i);
			thread.setDaemon(true);
			thread.start();
			writers.threads.add(thread);
		}
		return writers;
	}

	private void write(int writer, int first) {
		int sequence = 0;
		int target = first;
		while (this.writing.get()) {
			try (Connection connection = this.group.connect(target)) {
				while (this.writing.get()) {
					String id = "w" + writer + "-" + sequence++;
					Map<?, ?> result = r.table(this.table)
						.insert(Map.of("id", id))
						.optArg("durability", "hard")
						.runAtom(connection, Map.class);
					if (!Long.valueOf(1).equals(result.get("inserted"))) {
						break;
					}
					this.ledger.put(id, new Ack(target, System.nanoTime()));
				}
			}
			catch (RuntimeException ex) {
				// the member is gone or refused: try the next one
			}
			target = this.group.nextAlive(target);
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The ids acknowledged so far. */
	Set<String> acknowledged() {
		return Set.copyOf(this.ledger.keySet());
	}

	/** How many acknowledgements match {@code filter}. */
	long count(Predicate<Ack> filter) {
		return this.ledger.values().stream().filter(filter).count();
	}

	/** The acknowledgements so far. */
	List<Ack> acks() {
		return List.copyOf(this.ledger.values());
	}

	/**
	 * Stops the writers and waits for them; a writer blocked on a frozen member's answer
	 * is left behind as a daemon thread.
	 */
	@Override
	public void close() throws InterruptedException {
		this.writing.set(false);
		for (Thread thread : this.threads) {
			thread.join(ServerGroup.PATIENCE.toMillis());
		}
	}

	@Override
	public String toString() {
		return "acknowledged " + this.ledger.size();
	}

	/** A write acknowledged by a member at a {@link System#nanoTime}. */
	record Ack(int member, long at) {
	}

}
