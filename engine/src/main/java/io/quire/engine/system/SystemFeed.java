package io.quire.engine.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.quire.engine.catalog.Change;
import io.quire.engine.catalog.ChangeListener;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A changefeed on a system table: the rows are read again when {@link SystemFeeds} says
 * something changed and every second, and each row that appeared, changed or left since
 * the last read is told to the listener. One daemon thread serves every such feed's poll.
 */
final class SystemFeed implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SystemFeed.class);

	static final long INTERVAL_MILLIS = 1000;

	private static final ScheduledExecutorService POLLER = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "quire-system-feeds");
		thread.setDaemon(true);
		return thread;
	});

	private final Table table;

	private final ChangeListener listener;

	private Map<Object, Map<String, Object>> last;

	private final Consumer<SystemFeed> onClose;

	private final ScheduledFuture<?> task;

	private boolean closed;

	private SystemFeed(Table table, ChangeListener listener, List<Map<String, Object>> rows,
			Consumer<SystemFeed> onClose) {
		this.table = table;
		this.listener = listener;
		this.last = byId(rows);
		this.onClose = onClose;
		this.task = POLLER.scheduleWithFixedDelay(this::poll, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
	}

	/**
	 * Starts polling with the rows as they are now; {@code onClose} is told when the feed
	 * closes.
	 */
	static SystemFeed start(Table table, ChangeListener listener, List<Map<String, Object>> rows,
			Consumer<SystemFeed> onClose) {
		return new SystemFeed(table, listener, rows, onClose);
	}

	private static Map<Object, Map<String, Object>> byId(List<Map<String, Object>> rows) {
		Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
		rows.forEach((row) -> byId.put(row.get("id"), row));
		return byId;
	}

	/**
	 * Reads the rows again and tells the listener of each that appeared, changed or left;
	 * one caller at a time, so changes are told once and in order.
	 */
	synchronized void poll() {
		if (this.closed) {
			return;
		}
		try {
			Map<Object, Map<String, Object>> now = byId(((SystemView) this.table).rows());
			for (Map.Entry<Object, Map<String, Object>> entry : now.entrySet()) {
				Map<String, Object> before = this.last.get(entry.getKey());
				if (before == null || !Datums.equal(before, entry.getValue())) {
					this.listener.onChange(this.table, new Change(before, entry.getValue()));
				}
			}
			this.last.forEach((id, before) -> {
				if (!now.containsKey(id)) {
					this.listener.onChange(this.table, new Change(before, null));
				}
			});
			this.last = now;
		}
		catch (RuntimeException ex) {
			logger.warn("Polling {} for a changefeed failed", this.table.name(), ex);
		}
	}

	@Override
	public void close() {
		synchronized (this) {
			this.closed = true;
		}
		this.task.cancel(false);
		this.onClose.accept(this);
	}

	@Override
	public String toString() {
		return "SystemFeed[" + Objects.toString(this.table.name()) + "]";
	}

}
