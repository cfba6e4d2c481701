package io.quire.engine.catalog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change listeners of one table: told of each change, and ended once when the table
 * is dropped or becomes unavailable here (its member stopped being the primary). A
 * listener's failure is logged, never thrown to the writer or to the replication applier.
 */
final class TableListeners {

	private static final Logger logger = LoggerFactory.getLogger(TableListeners.class);

	private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

	private volatile Table table;

	TableListeners(Table table) {
		this.table = table;
	}

	void add(ChangeListener listener) {
		this.listeners.add(listener);
	}

	void remove(ChangeListener listener) {
		this.listeners.remove(listener);
	}

	boolean isEmpty() {
		return this.listeners.isEmpty();
	}

	void publish(Change change) {
		for (ChangeListener listener : this.listeners) {
			try {
				listener.onChange(this.table, change);
			}
			catch (RuntimeException ex) {
				logger.warn("Change listener failed on {}", this.table, ex);
			}
		}
	}

	/** Ends every listener: the table was dropped. */
	void dropped() {
		this.listeners.forEach((listener) -> end(listener, ChangeListener::onDropped));
	}

	/** Ends one listener that subscribed to a table already dropped. */
	void dropped(ChangeListener listener) {
		end(listener, ChangeListener::onDropped);
	}

	/** Ends every listener: the table is no longer served here as it was. */
	void unavailable() {
		this.listeners.forEach((listener) -> end(listener, ChangeListener::onUnavailable));
	}

	/**
	 * The table that replaces the one these listeners watched (a standby reopening a
	 * table whose metadata another member changed) shares them from now on, so that feeds
	 * keep receiving changes through either.
	 */
	void servedBy(Table successor) {
		this.table = successor;
	}

	/**
	 * Tells a listener its feed ended, once: whoever removes it from the list tells it.
	 */
	private void end(ChangeListener listener, BiConsumer<ChangeListener, Table> ending) {
		if (!this.listeners.remove(listener)) {
			return;
		}
		try {
			ending.accept(listener, this.table);
		}
		catch (RuntimeException ex) {
			logger.warn("Change listener failed on ending its feed of {}", this.table, ex);
		}
	}

}
