package io.quire.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The operation mixes, after YCSB's core workloads: load (one document or a batch of 100
 * per request), C (reads), B (95% reads, 5% updates), A (50/50), E (95% short scans, 5%
 * inserts), and NOOP (a round trip without storage work).
 */
public enum Workload {

	LOAD(0, 0, 0), LOAD_BATCH(0, 0, 0), C(100, 0, 0), B(95, 5, 0), A(50, 50, 0), E(0, 0, 95), NOOP(0, 0, 0);

	/** Documents per request in {@link #LOAD_BATCH}. */
	public static final int BATCH_SIZE = 100;

	/** Longest scan of workload E; each scan reads 1 to this many documents. */
	public static final int MAX_SCAN_LENGTH = 100;

	private final int readPercent;

	private final int updatePercent;

	private final int scanPercent;

	Workload(int readPercent, int updatePercent, int scanPercent) {
		this.readPercent = readPercent;
		this.updatePercent = updatePercent;
		this.scanPercent = scanPercent;
	}

	/** Whether the workload writes. */
	public boolean writes() {
		return this != C && this != NOOP;
	}

	/** The share of operations that write (inserts and updates). */
	public double writeFraction() {
		return switch (this) {
			case LOAD, LOAD_BATCH -> 1;
			case NOOP -> 0;
			default -> (100 - this.readPercent - this.scanPercent) / 100.0;
		};
	}

	/** Documents one operation of this workload stores or reads at most. */
	public int documentsPerOperation() {
		return (this == LOAD_BATCH) ? BATCH_SIZE : 1;
	}

	/** Run one operation of the mix against the store. */
	public void runOnce(Store store, KeySpace keys) {
		switch (this) {
			case LOAD -> store.insert(keys.freshKey(), Documents.fields());
			case LOAD_BATCH -> store.insertBatch(batch(keys));
			case NOOP -> store.noop();
			default -> runMixed(store, keys);
		}
	}

	private void runMixed(Store store, KeySpace keys) {
		int dice = ThreadLocalRandom.current().nextInt(100);
		if (dice < this.readPercent) {
			store.read(keys.existingKey());
		}
		else if (dice < this.readPercent + this.updatePercent) {
			store.update(keys.existingKey(), Documents.randomFieldName(), Documents.value());
		}
		else if (dice < this.readPercent + this.updatePercent + this.scanPercent) {
			store.scan(keys.existingKey(), 1 + ThreadLocalRandom.current().nextInt(MAX_SCAN_LENGTH));
		}
		else {
			store.insert(keys.freshKey(), Documents.fields());
		}
	}

	private static List<Map<String, Object>> batch(KeySpace keys) {
		List<Map<String, Object>> documents = new ArrayList<>(BATCH_SIZE);
		for (int i = 0; i < BATCH_SIZE; i++) {
			documents.add(Documents.document("id", keys.freshKey()));
		}
		return documents;
	}

}
