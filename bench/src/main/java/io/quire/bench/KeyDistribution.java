package io.quire.bench;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

import site.ycsb.generator.ScrambledZipfianGenerator;

/**
 * How reads, updates and scans pick among the loaded records: YCSB's default scrambled
 * Zipfian (constant 0.99, a few hot records spread over the key range) or uniform.
 */
public enum KeyDistribution {

	/** YCSB's {@code requestdistribution=zipfian}, drawn by YCSB's own generator. */
	ZIPFIAN {
		@Override
		LongSupplier over(long records) {
			ScrambledZipfianGenerator generator = new ScrambledZipfianGenerator(0, records - 1);
			return generator::nextValue;
		}
	},

	/** Every loaded record equally likely. */
	UNIFORM {
		@Override
		LongSupplier over(long records) {
			return () -> ThreadLocalRandom.current().nextLong(records);
		}
	};

	/**
	 * Record numbers in {@code [0, records)}, drawn by this distribution; thread-safe.
	 */
	abstract LongSupplier over(long records);

	/** The distribution of that name, ignoring case. */
	public static KeyDistribution named(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

}
