package io.quire.engine.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import io.quire.engine.storage.rocksdb.RocksDbStorage;
import org.jspecify.annotations.Nullable;

import static io.quire.engine.catalog.FieldIndexCompiler.doc;

/**
 * A process for {@link RocksDbCrashIntegrationTests}: four threads insert and delete
 * documents of a small key range, one at a time and in batches, with HARD and SOFT
 * durability, and print {@code writes <n>} every 100 writes, until the process is killed.
 */
public final class CountCrashWriter {

	private static final AtomicLong writes = new AtomicLong();

	private CountCrashWriter() {
	}

	public static void main(String[] args) throws Exception {
		DefaultCatalog catalog = DefaultCatalog.open(RocksDbStorage.open(Path.of(args[0])),
				FieldIndexCompiler::compile);
		catalog.createTable("test", "counted", "id", Durability.SOFT);
		Table table = catalog.table("test", "counted");
		System.out.println("ready");
		for (int i = 0; i < 4; i++) {
			new Thread(() -> write(table)).start();
		}
	}

	private static void write(Table table) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (true) {
			Durability durability = random.nextBoolean() ? Durability.HARD : Durability.SOFT;
			if (random.nextInt(4) == 0) {
				table.modifyAll(List.of(update(random), update(random), update(random)), durability);
			}
			else {
				Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>> update = update(random);
				table.modify(update.getKey(), update.getValue(), durability);
			}
			if (writes.incrementAndGet() % 100 == 0) {
				System.out.println("writes " + writes.get());
				System.out.flush();
			}
		}
	}

	private static Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>> update(ThreadLocalRandom random) {
		double id = random.nextInt(300);
		boolean delete = random.nextInt(3) == 0;
		UnaryOperator<@Nullable Map<String, Object>> change = (old) -> delete ? null
				: doc("id", id, "v", random.nextInt());
		return Map.entry(id, change);
	}

}
